package vn.antq.registry.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.antq.registry.outcome.OutcomeTotals.Dimension;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;

/**
 * The maintained totals against a recomputation from the values, after a long random mix of every
 * write path: batches through POST /outcomes, CSV imports (new and changed values), deletions and
 * point moves between communes, models and provinces. The seed is printed; rerun one with
 * -Dtotals.seed=N.
 */
@QuarkusTest
class OutcomeTotalsExactnessTest extends SignedIn {

  private static final List<String> INDICATORS =
      List.of("TIPS_RECEIVED", "PATROLS", "CASES_SOLVED");
  private static final List<String> PERIODS =
      List.of(
          "202301", "202302", "202307", "2023Q1", "2023Q3", "2023S2", "2023", "202401", "202405",
          "202412", "2024Q2", "2024S1", "2024");
  private static final int STEPS = Integer.getInteger("totals.steps", 240);

  @Inject OutcomeTotals totals;
  @Inject EntityManager em;

  private final List<String> communes = new ArrayList<>();
  private final List<String> models = new ArrayList<>();
  private final List<Long> points = new ArrayList<>();
  private Random random;

  @Test
  void maintainedTotalsEqualARecomputationAfterEveryKindOfWrite() {
    long seed = Long.getLong("totals.seed", System.nanoTime());
    System.out.println("OutcomeTotalsExactnessTest seed " + seed);
    random = new Random(seed);
    for (String province : List.of("11", "11", "01")) {
      communes.add(Api.createCommune(province, "Xã tổng hợp"));
    }
    communes.add(Api.createCommune("11", "Xã tổng hợp"));
    models.add(Api.createModel("11", "Mô hình tổng hợp A", "2015-01-01"));
    models.add(Api.createModel("11", "Mô hình tổng hợp B", "2015-01-01"));
    models.add(Api.createModel("01", "Mô hình tổng hợp C", "2015-01-01"));
    // Points of the two models of province 11 in its communes, one of province 01's model there.
    int[] communeOf = {0, 1, 3};
    for (int i = 0; i < 5; i++) {
      points.add(
          Api.createPoint(models.get(i % 2), communes.get(communeOf[i % 3]), "2016-01-01", 1, 5));
    }
    points.add(Api.createPoint(models.get(2), communes.get(2), "2016-01-01", 1, 5));
    for (int step = 1; step <= STEPS; step++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        postBatch();
      } else if (kind < 7) {
        importCsv();
      } else if (kind < 9) {
        deleteOne();
      } else {
        movePoint();
      }
      if (step % 40 == 0 || step == STEPS) {
        assertExact("seed " + seed + ", step " + step);
      }
    }
  }

  @Test
  void driftIsReportedAndRepaired() {
    String model = Api.createModel("11", "Mô hình lệch", "2015-01-01");
    long point = Api.createPoint(model, Api.createCommune("11", "Xã lệch"), "2016-01-01", 1, 5);
    Api.postOutcomes(
        "[{\"indicatorCode\": \"PATROLS\", \"period\": \"202403\", \"value\": 3, \"pointId\": "
            + point
            + "}]");
    given()
        .get("/api/v1/admin/outcome-totals/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "update outcome_total_model set value = value + 5 where model_code = :m and period = '2024'")
                    .setParameter("m", model)
                    .executeUpdate());
    JsonPath drift =
        given()
            .get("/api/v1/admin/outcome-totals/drift")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(1, drift.getInt("driftRows"));
    assertEquals(false, drift.getBoolean("repaired"));
    Map<String, Object> row =
        drift.getMap("tables.find { it.table == 'outcome_total_model' }.samples[0]");
    assertEquals("2024", row.get("period"));
    assertEquals(model, ((Map<?, ?>) row.get("key")).get("modelCode"));
    assertEquals("11", ((Map<?, ?>) row.get("key")).get("provinceCode"));
    assertEquals(8, ((Map<?, ?>) row.get("stored")).get("value"));
    assertEquals(3, ((Map<?, ?>) row.get("expected")).get("value"));
    given()
        .post("/api/v1/admin/outcome-totals/recompute")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(1))
        .body("repaired", equalTo(true))
        .body("valueCount", greaterThan(0));
    given()
        .get("/api/v1/admin/outcome-totals/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
    given()
        .queryParam("modelCode", model)
        .queryParam("period", "2024")
        .get("/api/v1/outcomes/summary")
        .then()
        .body("items[0].value", equalTo(3));
  }

  @Test
  void onlyTheCentralAdministratorChecksOrRecomputes() {
    String officer = vn.antq.registry.support.Tokens.of("tinh.officer", "province-officer", "11");
    given().auth().oauth2(officer).get("/api/v1/admin/outcome-totals/drift").then().statusCode(403);
    given()
        .auth()
        .oauth2(officer)
        .post("/api/v1/admin/outcome-totals/recompute")
        .then()
        .statusCode(403);
  }

  private void assertExact(String where) {
    given()
        .get("/api/v1/admin/outcome-totals/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
    List<List<Dimension>> groupings =
        List.of(
            List.of(),
            List.of(Dimension.indicatorCode),
            List.of(Dimension.provinceCode, Dimension.indicatorCode),
            List.of(Dimension.communeCode, Dimension.indicatorCode),
            List.of(Dimension.modelCode, Dimension.period),
            List.of(Dimension.period, Dimension.indicatorCode),
            List.of(Dimension.provinceCode, Dimension.communeCode, Dimension.period));
    List<List<Period>> periodSets =
        List.of(
            List.of(),
            List.of(period("2023")),
            List.of(
                period("2024Q2"),
                period("202401"),
                period("2024S1"),
                period("2024"),
                period("2023Q3")));
    List<OutcomeTotals.Scope> scopes =
        List.of(
            OutcomeTotals.Scope.all(),
            new OutcomeTotals.Scope("11", null, null, null, null),
            new OutcomeTotals.Scope(null, communes.get(0), null, null, null),
            new OutcomeTotals.Scope(null, null, models.get(0), "PATROLS", null),
            new OutcomeTotals.Scope("01", null, models.get(2), null, null));
    int compared = 0;
    for (List<Dimension> groupBy : groupings) {
      for (List<Period> periods : periodSets) {
        for (OutcomeTotals.Scope scope : scopes) {
          TotalsTable table = TotalsTable.holding(groupBy, scope);
          if (table == null) {
            continue;
          }
          List<Map<String, Object>> expected =
              QuarkusTransaction.requiringNew()
                  .call(() -> totals.fromValues(groupBy, periods, scope));
          List<Map<String, Object>> maintained =
              QuarkusTransaction.requiringNew()
                  .call(() -> totals.fromTotals(table, groupBy, periods, scope));
          assertEquals(
              expected,
              maintained,
              where
                  + ": "
                  + table
                  + " groupBy "
                  + groupBy
                  + " periods "
                  + periods
                  + " scope "
                  + scope);
          compared++;
        }
      }
    }
    assertTrue(compared > 50, "compared " + compared);
  }

  private static Period period(String id) {
    return Period.tryParse(id).orElseThrow();
  }

  private void postBatch() {
    StringBuilder values = new StringBuilder("[");
    int count = 1 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        values.append(", ");
      }
      values
          .append("{\"indicatorCode\": \"")
          .append(pick(INDICATORS))
          .append("\", \"period\": \"")
          .append(pick(PERIODS))
          .append("\", \"value\": ")
          .append(random.nextInt(40))
          .append(", ")
          .append(unit())
          .append('}');
    }
    values.append(']');
    // A batch may repeat a key or hit a point moved away; whatever it answers, totals must hold.
    Api.json()
        .body("{\"values\": " + values + "}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(org.hamcrest.Matchers.lessThan(500));
  }

  private String unit() {
    return switch (random.nextInt(4)) {
      case 0, 1 -> "\"pointId\": " + pick(points);
      case 2 -> "\"communeCode\": \"" + pick(communes) + "\"";
      default ->
          "\"modelCode\": \"" + models.get(random.nextInt(2)) + "\", \"provinceCode\": \"11\"";
    };
  }

  private void importCsv() {
    StringBuilder csv = new StringBuilder("indicatorCode,period,value,pointId\n");
    int rows = 2 + random.nextInt(12);
    for (int i = 0; i < rows; i++) {
      csv.append(pick(INDICATORS))
          .append(',')
          .append(pick(PERIODS))
          .append(',')
          .append(random.nextInt(60))
          .append(',')
          .append(pick(points))
          .append('\n');
    }
    Imports.upload("outcomes", csv.toString(), random.nextBoolean() ? "" : "?mode=partial")
        .statusCode(org.hamcrest.Matchers.lessThan(500));
  }

  private void deleteOne() {
    List<Integer> ids =
        given()
            .queryParam("communeCode", pick(communes))
            .queryParam("size", 100)
            .get("/api/v1/outcomes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    List<Integer> ours = new ArrayList<>(ids);
    if (!ours.isEmpty()) {
      given()
          .delete("/api/v1/outcomes/" + pick(ours))
          .then()
          .statusCode(org.hamcrest.Matchers.lessThan(500));
    }
  }

  private void movePoint() {
    long id = pick(points);
    var response = given().get("/api/v1/replication-points/" + id).then().statusCode(200).extract();
    Map<String, Object> body =
        Api.point(pick(models), pick(communes), "Thôn di chuyển " + id, "2016-01-01");
    body.put("teamCount", 1);
    body.put("memberCount", 5);
    Api.json()
        .header("If-Match", response.header("ETag"))
        .body(body)
        .put("/api/v1/replication-points/" + id)
        .then()
        .statusCode(org.hamcrest.Matchers.lessThan(500));
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
