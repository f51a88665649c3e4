package vn.antq.registry.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Conflicts;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

@QuarkusTest
class OutcomeImportTest extends SignedIn {

  static {
    RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  String commune;
  String model;
  long point;
  String externalId;

  @BeforeEach
  void registry() {
    commune = Api.createCommune("04", "Xã nhập tệp");
    model = Api.createModel("04", "Mô hình nhập tệp", "2020-01-01");
    externalId = Api.unique("EXT");
    Map<String, Object> body = Api.point(model, commune, "Thôn nhập", "2020-02-01");
    body.put("externalId", externalId);
    point = Api.createPoint(body);
  }

  static RequestSpecification raw() {
    return Api.raw();
  }

  private static ValidatableResponse upload(String contentType, Object body, String query) {
    byte[] bytes =
        body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) body;
    return Imports.upload(raw(), "outcomes", contentType, bytes, query);
  }

  private long stored() {
    return given()
        .queryParam("communeCode", commune)
        .queryParam("size", 1)
        .get("/api/v1/outcomes")
        .then()
        .extract()
        .jsonPath()
        .getLong("total");
  }

  @Test
  void importsCsvWithVietnameseHeadersBomAndSemicolons() {
    String csv =
        "\uFEFFMã chỉ tiêu;Kỳ báo cáo;Giá trị;Mã điểm;Mã xã\n"
            + "TIPS_RECEIVED;202401;12;"
            + point
            + ";\n"
            + "FIRECRACKERS_KG;2024Q1;1,5;;"
            + commune
            + "\n"
            + "\"PATROLS\";\"2024\";\"7\";;"
            + commune
            + "\n";
    upload("text/csv", csv.getBytes(StandardCharsets.UTF_8), "")
        .statusCode(200)
        .body("status", equalTo("SUCCESS"))
        .body("rows", equalTo(3))
        .body("created", equalTo(3))
        .body("rejected", equalTo(0))
        .body("durationMs", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    io.restassured.path.json.JsonPath stored =
        given()
            .queryParam("communeCode", commune)
            .queryParam("indicatorCode", "FIRECRACKERS_KG")
            .get("/api/v1/outcomes")
            .then()
            .body("items[0].value", equalTo(1.5f))
            .extract()
            .jsonPath();
    // The audit row of a created value holds the value as GET /outcomes shows it.
    long id = stored.getLong("items[0].id");
    Api.audit("outcome", id)
        .body("items", hasSize(1))
        .body("items[0].action", equalTo("CREATE"))
        .body("items[0].before", org.hamcrest.Matchers.nullValue())
        .body("items[0].after.id", equalTo((int) id))
        .body("items[0].after.indicatorCode", equalTo("FIRECRACKERS_KG"))
        .body("items[0].after.period", equalTo("2024Q1"))
        .body("items[0].after.value", equalTo(1.5f))
        .body("items[0].after.unitType", equalTo("COMMUNE"))
        .body("items[0].after.pointId", org.hamcrest.Matchers.nullValue())
        .body("items[0].after.communeCode", equalTo(commune))
        .body("items[0].after.provinceCode", equalTo("04"))
        .body("items[0].after.version", equalTo(0));
    // The same file again changes nothing; a changed value is an update.
    upload("text/csv", csv, "")
        .statusCode(200)
        .body("unchanged", equalTo(3))
        .body("created", equalTo(0));
    upload("text/csv", csv.replace(";12;", ";13;"), "")
        .statusCode(200)
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(2));
    given()
        .queryParam("entity", "outcome")
        .queryParam("user", "central.admin")
        .queryParam("size", 1)
        .get("/api/v1/audit")
        .then()
        .body("items[0].action", equalTo("UPDATE"))
        .body("items[0].before.value", equalTo(12))
        .body("items[0].after.value", equalTo(13));
  }

  @Test
  void dryRunReportsWithoutWriting() {
    String csv =
        "indicatorCode,period,value,pointExternalId\nTIPS_RECEIVED,202401,5,"
            + externalId
            + "\nPATROLS,202402,2,"
            + externalId
            + "\n";
    upload("text/csv", csv, "?dryRun=true")
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("created", equalTo(2));
    org.assertj.core.api.Assertions.assertThat(stored()).isZero();
    upload("text/csv", csv, "").statusCode(200).body("created", equalTo(2));
    org.assertj.core.api.Assertions.assertThat(stored()).isEqualTo(2);
  }

  @Test
  void atomicRefusesTheWholeFilePartialKeepsTheGoodRows() {
    String csv =
        "indicatorCode,period,value,communeCode\n"
            + "TIPS_RECEIVED,202401,5,"
            + commune
            + "\n"
            + "TIPS_RECEIVED,2024H1,5,"
            + commune
            + "\n"
            + "TIPS_RECEIVED,202402,-1,"
            + commune
            + "\n"
            + "TIPS_RECEIVED,202403,1.5,"
            + commune
            + "\n"
            + "NO_SUCH,202404,1,"
            + commune
            + "\n"
            + "TIPS_RECEIVED,202405,abc,"
            + commune
            + "\n"
            + "TIPS_RECEIVED,202401,6,"
            + commune
            + "\n"
            + "TIPS_RECEIVED,202406,1,00000\n"
            + "PATROLS,202401,3,"
            + commune
            + "\n";
    Conflicts.have(
            upload("text/csv", csv, "").statusCode(422),
            "column",
            "period",
            "value",
            null,
            "indicatorCode",
            null,
            null,
            "communeCode")
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:antq:problem:import-rejected"))
        .body("rows", equalTo(9))
        .body("rejected", equalTo(7))
        .body("created", equalTo(0))
        .body("conflicts", hasSize(7))
        .body("conflicts[0].row", equalTo(2))
        .body("conflicts[0].value", equalTo("2024H1"))
        .body("conflicts[2].message", containsString("số nguyên"))
        .body("conflicts[4].value", equalTo("abc"))
        .body("conflicts[5].message", containsString("dòng 1"));
    org.assertj.core.api.Assertions.assertThat(stored()).isZero();
    upload("text/csv", csv, "?mode=partial")
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("created", equalTo(2))
        .body("rejected", equalTo(7));
    org.assertj.core.api.Assertions.assertThat(stored()).isEqualTo(2);
  }

  @Test
  void importsJsonArraysAndTheOutcomesBody() {
    String json =
        "[{\"indicatorCode\": \"LEAFLETS\", \"period\": \"2024\", \"value\": 150, \"communeCode\": \""
            + commune
            + "\"},"
            + "{\"indicatorCode\": \"ATTENDEES\", \"period\": \"2024\", \"value\": 90, \"pointId\": "
            + point
            + "}]";
    upload("application/json", json, "").statusCode(200).body("created", equalTo(2));
    upload("application/json", "{\"values\": " + json + "}", "")
        .statusCode(200)
        .body("unchanged", equalTo(2));
    upload("application/json", "[{\"indicatorCode\": \"LEAFLETS\", \"bogus\": 1}]", "")
        .statusCode(400)
        .body("detail", containsString("bogus"));
    upload("application/json", "[{\"indicatorCode\": ", "")
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void unreadableFilesAreClearProblems() {
    String header = "indicatorCode,period,value,communeCode\n";
    upload("text/csv", header + "TIPS_RECEIVED,\"202401,5," + commune + "\n", "")
        .statusCode(400)
        .body("detail", containsString("ngoặc kép"));
    upload("text/csv", header + "TIPS_RECEIVED,202401,5\n", "")
        .statusCode(400)
        .body("detail", containsString("Dòng 1"));
    upload("text/csv", header + "TIPS_RECEIVED,202401,5," + commune + ",extra\n", "")
        .statusCode(400)
        .body("detail", containsString("cột"));
    upload("text/csv", "", "").statusCode(400).body("detail", containsString("rỗng"));
    upload("text/csv", header, "")
        .statusCode(400)
        .body("detail", containsString("không có dòng dữ liệu"));
    upload("text/csv", "indicatorCode,period,value,village\nX,2024,1,Y\n", "")
        .statusCode(400)
        .body("detail", containsString("village"));
    upload("text/csv", "period,value\n2024,1\n", "")
        .statusCode(400)
        .body("detail", containsString("indicatorCode"));
    byte[] latin1 =
        (header + "TIPS_RECEIVED,2024,1,Lai Châu\n").getBytes(StandardCharsets.ISO_8859_1);
    upload("text/csv", latin1, "").statusCode(400).body("detail", containsString("UTF-8"));
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    upload("text/csv", garbage, "")
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
    String huge = header + "TIPS_RECEIVED,2024,1," + "x".repeat(10 * 1024 * 1024) + "\n";
    upload("text/csv", huge, "")
        .statusCode(413)
        .contentType(startsWith("application/problem+json"));
    upload("text/csv; charset=windows-1258", header, "")
        .statusCode(400)
        .body("detail", containsString("UTF-8"));
    upload("application/pdf", "%PDF", "").statusCode(415);
    raw()
        .contentType("text/csv")
        .body(header.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/villages")
        .then()
        .statusCode(404);
    upload("text/csv", header + "TIPS_RECEIVED,2024,1," + commune + "\n", "?mode=sometimes")
        .statusCode(400)
        .body("errors[0].field", equalTo("mode"));
    org.assertj.core.api.Assertions.assertThat(stored()).isZero();
  }

  @Test
  void rowsOutsideTheWritersUnitAreRefused() {
    String csv =
        "indicatorCode,period,value,communeCode,provinceCode\n"
            + "PATROLS,202401,3,"
            + commune
            + ",\n"
            + "PATROLS,202401,3,,04\n";
    String communeOfficer = Tokens.of("commune.importer", Role.COMMUNE_OFFICER, commune);
    raw()
        .auth()
        .oauth2(communeOfficer)
        .contentType("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/outcomes?mode=partial")
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejected", equalTo(1))
        .body("conflicts[0].row", equalTo(2))
        .body("conflicts[0].message", containsString(commune));
    raw()
        .auth()
        .oauth2(Tokens.of("viewer", Role.CENTRAL_VIEWER, null))
        .contentType("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/outcomes")
        .then()
        .statusCode(422)
        .body("rejected", equalTo(2));
    raw()
        .auth()
        .none()
        .contentType("text/csv")
        .body(csv.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports/outcomes")
        .then()
        .statusCode(401);
  }

  @Test
  void duplicateKeysInOneFileNameTheFirstRow() {
    StringBuilder csv = new StringBuilder("indicatorCode,period,value,pointId\n");
    for (int month = 1; month <= 12; month++) {
      csv.append("PATROLS,2023")
          .append(String.format("%02d", month))
          .append(",1,")
          .append(point)
          .append('\n');
    }
    csv.append("PATROLS,202305,9,").append(point).append('\n');
    upload("text/csv", csv.toString(), "")
        .statusCode(422)
        .body("conflicts[0].row", equalTo(13))
        .body("conflicts[0].message", containsString("dòng 5"));
  }

  @Test
  void exportedCsvImportsBackWithoutChanges() {
    upload(
            "application/json",
            "[{\"indicatorCode\": \"FIRECRACKERS_KG\", \"period\": \"2024\", \"value\": 150.5, \"communeCode\": \""
                + commune
                + "\"},"
                + "{\"indicatorCode\": \"ATTENDEES\", \"period\": \"202403\", \"value\": 90, \"pointId\": "
                + point
                + "},"
                + "{\"indicatorCode\": \"PATROLS\", \"period\": \"2024Q1\", \"value\": 4, \"modelCode\": \""
                + model
                + "\", \"provinceCode\": \"04\"}]",
            "")
        .statusCode(200)
        .body("created", equalTo(3));
    byte[] exported =
        given()
            .queryParam("format", "csv")
            .queryParam("modelCode", model)
            .get("/api/v1/outcomes")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", containsString("ket-qua.csv"))
            .extract()
            .asByteArray();
    String text = new String(exported, StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(text)
        .startsWith(
            "\uFEFFindicatorCode,period,value,pointId,modelCode,communeCode,provinceCode\n");
    org.assertj.core.api.Assertions.assertThat(text)
        .contains("ATTENDEES,202403,90," + point + "," + model + "," + commune + ",04");
    Imports.importsBackUnchanged("outcomes", Imports.CSV, exported, 2);
    byte[] viaAccept =
        given()
            .accept("text/csv")
            .queryParam("communeCode", commune)
            .get("/api/v1/outcomes")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    Imports.importsBackUnchanged("outcomes", Imports.CSV, viaAccept, 2);
    given()
        .queryParam("format", "pdf")
        .get("/api/v1/outcomes")
        .then()
        .statusCode(406)
        .contentType(startsWith("application/problem+json"));
  }
}
