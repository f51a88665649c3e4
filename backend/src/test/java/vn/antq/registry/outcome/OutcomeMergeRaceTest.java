package vn.antq.registry.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;

/**
 * An import streams the values it found unstored straight into outcome while it checks the rest.
 * When another writer stores one of them after the import looked, the import must still treat it as
 * a change of that value (audited, with the value before), count it so, and keep the totals exact.
 * The race is made certain with a lock: the other writer's row is inserted but not yet committed
 * while the import checks (so the import does not see it), and committed once the import's load
 * waits for it.
 */
@QuarkusTest
class OutcomeMergeRaceTest extends SignedIn {

  @Inject AgroalDataSource dataSource;

  @Test
  void aValueStoredWhileTheImportLoadsIsMergedAsAChange() throws Exception {
    String commune = Api.createCommune("11", "Xã nhập đua");
    String csv =
        "indicatorCode,period,value,communeCode\nPATROLS,202405,7,"
            + commune
            + "\nLEAFLETS,202405,40,"
            + commune
            + "\n";
    CompletableFuture<JsonPath> imported;
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement insert =
          other.prepareStatement(
              "insert into outcome (indicator_code, period, period_type, period_start, period_end, unit_type,"
                  + " unit_key, commune_code, province_code, value, created_at, updated_at) values ('PATROLS',"
                  + " '202405', 'MONTH', '2024-05-01', '2024-05-31', 'COMMUNE', ?, ?, '11', 3, now(), now())")) {
        insert.setString(1, "C:" + commune);
        insert.setString(2, commune);
        insert.executeUpdate();
      }
      imported =
          CompletableFuture.supplyAsync(
              () -> Imports.upload("outcomes", csv, "").statusCode(200).extract().jsonPath());
      waitForALockWait(other);
      other.commit();
    }
    JsonPath result = imported.get(60, TimeUnit.SECONDS);
    assertEquals("SUCCESS", result.getString("status"));
    assertEquals(1, result.getInt("created"));
    assertEquals(1, result.getInt("updated"));

    given()
        .queryParam("communeCode", commune)
        .get("/api/v1/outcomes")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.find { it.indicatorCode == 'PATROLS' }.value", equalTo(7))
        .body("items.find { it.indicatorCode == 'PATROLS' }.version", equalTo(1))
        .body("items.find { it.indicatorCode == 'LEAFLETS' }.value", equalTo(40));
    long id =
        given()
            .queryParam("communeCode", commune)
            .queryParam("indicatorCode", "PATROLS")
            .get("/api/v1/outcomes")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    Api.audit("outcome", id)
        .statusCode(200)
        .body("items.find { it.action == 'UPDATE' }.before.value", equalTo(3))
        .body("items.find { it.action == 'UPDATE' }.after.value", equalTo(7));
    long importId = result.getLong("importId");
    try (Connection c = dataSource.getConnection();
        PreparedStatement counts =
            c.prepareStatement(
                "select created_count, updated_count from import_provenance where id = ?")) {
      counts.setLong(1, importId);
      try (ResultSet rs = counts.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(1, rs.getLong(1));
        assertEquals(1, rs.getLong(2));
      }
    }
    given()
        .get("/api/v1/admin/outcome-totals/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
  }

  /** Until some transaction waits for a row lock (the import's load, on the uncommitted row). */
  private static void waitForALockWait(Connection c) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until) {
      try (PreparedStatement waiting =
              c.prepareStatement(
                  "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'");
          ResultSet rs = waiting.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      // InnoDB refreshes this view only once it has gone unread for 100 ms: poll slower.
      Thread.sleep(250);
    }
    throw new AssertionError("the import never waited for the uncommitted row");
  }
}
