package vn.antq.registry.outcome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/**
 * Values an import creates have no audit row each: the import's provenance answers who created
 * them, when, with which file, and what they were before any later change.
 */
@QuarkusTest
class ImportProvenanceTest extends SignedIn {

  String commune;

  @BeforeEach
  void commune() {
    commune = Api.createCommune("11", "Xã nguồn nhập");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private long valueId(String indicator) {
    return given()
        .queryParam("communeCode", commune)
        .queryParam("indicatorCode", indicator)
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(1))
        .extract()
        .jsonPath()
        .getLong("items[0].id");
  }

  @Test
  void anImportedValueAnswersWhoWhenWhichImportAndTheValueBeforeItsChanges() throws Exception {
    String first =
        "indicatorCode,period,value,communeCode\nPATROLS,202403,12,"
            + commune
            + "\nLEAFLETS,202403,40,"
            + commune
            + "\n";
    long firstImport =
        Imports.upload("outcomes", first, "")
            .statusCode(200)
            .body("created", equalTo(2))
            .extract()
            .jsonPath()
            .getLong("importId");
    long id = valueId("PATROLS");

    // Never changed: its creation, from the import, with the value as stored.
    Api.audit("outcome", id)
        .body("total", equalTo(1))
        .body("items", hasSize(1))
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].username", equalTo("central.admin"))
        .body("items[0].importId", equalTo((int) firstImport))
        .body("items[0].fileSha256", equalTo(sha256(first)))
        .body("items[0].provinceCode", equalTo("11"))
        .body("items[0].communeCode", equalTo(commune))
        .body("items[0].before", nullValue())
        .body("items[0].after.id", equalTo((int) id))
        .body("items[0].after.value", equalTo(12))
        .body("items[0].after.version", equalTo(0));

    // Changed by a second import, then by POST /outcomes.
    String second = first.replace(",12,", ",13,");
    long secondImport =
        Imports.upload("outcomes", second, "")
            .statusCode(200)
            .body("updated", equalTo(1))
            .body("unchanged", equalTo(1))
            .extract()
            .jsonPath()
            .getLong("importId");
    assertThat(secondImport).isNotEqualTo(firstImport);
    Api.json()
        .body(
            "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"202403\", \"value\": 14,"
                + " \"communeCode\": \""
                + commune
                + "\"}]}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(200);

    JsonPath trail = Api.audit("outcome", id).body("total", equalTo(3)).extract().jsonPath();
    // Newest first: the API's change, the second import's change, the first import's creation.
    assertThat(trail.getList("items.action")).containsExactly("UPDATE", "UPDATE", "CREATE");
    assertThat(trail.getInt("items[0].before.value")).isEqualTo(13);
    assertThat(trail.getInt("items[0].after.value")).isEqualTo(14);
    assertThat(trail.getString("items[0].importId")).isNull();
    assertThat(trail.getInt("items[1].before.value")).isEqualTo(12);
    assertThat(trail.getInt("items[1].after.value")).isEqualTo(13);
    assertThat(trail.getLong("items[1].importId")).isEqualTo(secondImport);
    assertThat(trail.getString("items[1].fileSha256")).isEqualTo(sha256(second));
    // The value at creation is the one the first change started from, not the current one.
    assertThat(trail.getInt("items[2].after.value")).isEqualTo(12);
    assertThat(trail.getInt("items[2].after.version")).isZero();
    assertThat(trail.getLong("items[2].importId")).isEqualTo(firstImport);
    assertThat(trail.getString("items[2].fileSha256")).isEqualTo(sha256(first));
    assertThat(trail.getString("items[2].username")).isEqualTo("central.admin");

    // Oldest first, a page at a time: the creation leads.
    given()
        .queryParam("entity", "outcome")
        .queryParam("key", id)
        .queryParam("sort", "occurredAt")
        .queryParam("size", 1)
        .get("/api/v1/audit")
        .then()
        .body("total", equalTo(3))
        .body("items", hasSize(1))
        .body("items[0].action", equalTo("CREATE"));
    given()
        .queryParam("entity", "outcome")
        .queryParam("key", id)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get("/api/v1/audit")
        .then()
        .body("items", hasSize(1))
        .body("items[0].action", equalTo("CREATE"));

    // Each import has its summary row: listing by time or entity sees it.
    given()
        .queryParam("entity", "import")
        .queryParam("key", firstImport)
        .get("/api/v1/audit")
        .then()
        .body("items", hasSize(1))
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].importId", equalTo((int) firstImport))
        .body("items[0].fileSha256", equalTo(sha256(first)))
        .body("items[0].provinceCode", equalTo("11"))
        .body("items[0].after.kind", equalTo("outcomes"))
        .body("items[0].after.rows", equalTo(2))
        .body("items[0].after.created", equalTo(2));

    // A province officer sees the creation in their province, another province's does not.
    given()
        .auth()
        .oauth2(Tokens.of("officer.11", Role.PROVINCE_OFFICER, "11"))
        .queryParam("entity", "outcome")
        .queryParam("key", id)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(3));
    given()
        .auth()
        .oauth2(Tokens.of("officer.04", Role.PROVINCE_OFFICER, "04"))
        .queryParam("entity", "outcome")
        .queryParam("key", id)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    // Filtering by another user leaves the import's creation out.
    given()
        .queryParam("entity", "outcome")
        .queryParam("key", id)
        .queryParam("user", "someone.else")
        .get("/api/v1/audit")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void aDeletedImportedValueKeepsItsCreation() throws Exception {
    String file = "indicatorCode,period,value,communeCode\nFORUMS_HELD,202405,3," + commune + "\n";
    long importId =
        Imports.upload("outcomes", file, "")
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("importId");
    long id = valueId("FORUMS_HELD");
    given().delete("/api/v1/outcomes/" + id).then().statusCode(204);
    JsonPath trail = Api.audit("outcome", id).body("total", equalTo(2)).extract().jsonPath();
    assertThat(trail.getList("items.action")).containsExactlyInAnyOrder("DELETE", "CREATE");
    int creation = trail.getList("items.action").indexOf("CREATE");
    assertThat(trail.getLong("items[" + creation + "].importId")).isEqualTo(importId);
    assertThat(trail.getString("items[" + creation + "].fileSha256")).isEqualTo(sha256(file));
    assertThat(trail.getInt("items[" + creation + "].after.value")).isEqualTo(3);
  }

  @Test
  void aBackgroundFormUploadRecordsItsJobAndFileName() throws Exception {
    String file = "indicatorCode,period,value,communeCode\nATTENDEES,202407,25," + commune + "\n";
    String location =
        Api.raw()
            .multiPart(
                "file", "ket-qua-thang-7.csv", file.getBytes(StandardCharsets.UTF_8), "text/csv")
            .post("/api/v1/imports/outcomes?async=true")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    long job = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    String state = "QUEUED";
    for (int i = 0; i < 300 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
      Thread.sleep(100);
      state = given().get(location).then().statusCode(200).extract().path("state");
    }
    assertThat(state).isEqualTo("DONE");
    long importId = given().get(location).then().extract().jsonPath().getLong("result.importId");
    given()
        .queryParam("entity", "import")
        .queryParam("key", importId)
        .get("/api/v1/audit")
        .then()
        .body("items", hasSize(1))
        .body("items[0].username", equalTo("central.admin"))
        .body("items[0].after.jobId", equalTo((int) job))
        .body("items[0].after.fileName", equalTo("ket-qua-thang-7.csv"))
        .body("items[0].after.fileSha256", equalTo(sha256(file)));
    Api.audit("outcome", valueId("ATTENDEES"))
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].importId", equalTo((int) importId));
  }

  @Test
  void aDryRunRecordsNoImport() {
    String file = "indicatorCode,period,value,communeCode\nFORUMS_HELD,202406,3," + commune + "\n";
    Imports.upload("outcomes", file, "?dryRun=true")
        .statusCode(200)
        .body("created", equalTo(1))
        .body("importId", nullValue());
  }
}
