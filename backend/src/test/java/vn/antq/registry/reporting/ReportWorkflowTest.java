package vn.antq.registry.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.Reporting;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/**
 * Submit, approve, reopen by every role on its own and another unit; what an approval locks on
 * every write path; how a submission counts for completeness. Province 04, models of its own.
 */
@QuarkusTest
class ReportWorkflowTest extends SignedIn {

  private static final String PROVINCE = "04";

  private static RequestSpecification as(String username, String role, String unit) {
    return given()
        .auth()
        .oauth2(Tokens.of(username, role, unit))
        .contentType("application/json")
        .header("Accept-Language", "vi");
  }

  private static ValidatableResponse step(
      RequestSpecification who, String path, String step, String body) {
    return who.body(body).post(path + "/" + step).then();
  }

  private static String values(String indicator, String period, long point) {
    return "{\"values\": [{\"indicatorCode\": \""
        + indicator
        + "\", \"period\": \""
        + period
        + "\", \"value\": 3, \"pointId\": "
        + point
        + "}]}";
  }

  @Test
  void everyRoleOnItsOwnAndAnotherUnitWithExactStatusesAndAudit() {
    String tips = Reporting.indicator();
    String commune = Api.createCommune(PROVINCE, "Xã duyệt " + Api.unique("A"));
    String other = Api.createCommune(PROVINCE, "Xã khác " + Api.unique("B"));
    String model = Api.createModel(PROVINCE, "Mô hình duyệt", "2023-01-01");
    long point = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    String monthly = Reporting.obligation("POINT", "MONTH", model, 5, List.of(tips));
    String path = "/api/v1/reporting-obligations/" + monthly + "/reports/202403/" + point;

    RequestSpecification viewer = as("viewer", "central-viewer", null);
    RequestSpecification otherCommune = as("xa.khac", "commune-officer", other);
    RequestSpecification ownCommune = as("xa.minh", "commune-officer", commune);
    RequestSpecification otherProvince = as("tinh.01", "province-officer", "01");
    RequestSpecification ownProvince = as("tinh.04", "province-officer", PROVINCE);
    RequestSpecification integration = as("may.04", "integration-client", PROVINCE);

    // OPEN: what the commune officer may do, and why the others may not.
    ownCommune
        .get(path)
        .then()
        .statusCode(200)
        .body("workflow", equalTo("OPEN"))
        .body("state", equalTo("MISSING"))
        .body("unitType", equalTo("POINT"))
        .body("communeCode", equalTo(commune))
        .body("may.edit", equalTo(true))
        .body("may.submit", equalTo(true))
        .body("may.approve", equalTo(false))
        .body("why.approve", containsString("tỉnh " + PROVINCE))
        .body("why.submit", nullValue())
        .body("blockingViolations", equalTo(0));
    viewer.get(path).then().statusCode(200).body("may.submit", equalTo(false));
    step(ownProvince, path, "approve", "{}").statusCode(409);
    step(ownProvince, path, "reopen", "{\"reason\": \"x\"}").statusCode(409);

    step(viewer, path, "submit", "{}").statusCode(403);
    step(otherCommune, path, "submit", "{}").statusCode(403);
    step(otherProvince, path, "submit", "{}").statusCode(403);
    step(ownCommune, path, "submit", "{\"comment\": \"Đã rà soát\"}")
        .statusCode(200)
        .body("workflow", equalTo("SUBMITTED"))
        .body("state", equalTo("SUBMITTED"))
        .body("submittedBy", equalTo("xa.minh"))
        .body("submitComment", equalTo("Đã rà soát"))
        .body("late", equalTo(true))
        .body("may.submit", equalTo(false));
    step(ownCommune, path, "submit", "{}").statusCode(409);

    for (RequestSpecification refused :
        List.of(viewer, ownCommune, otherCommune, otherProvince, integration)) {
      step(refused, path, "approve", "{}").statusCode(403);
    }
    ownProvince.get(path).then().body("may.approve", equalTo(true));
    step(ownProvince, path, "approve", "{}")
        .statusCode(200)
        .body("workflow", equalTo("APPROVED"))
        .body("state", equalTo("APPROVED"))
        .body("approvedBy", equalTo("tinh.04"))
        .body("locked", equalTo(true))
        .body("may.edit", equalTo(false))
        .body("may.reopen", equalTo(true));
    step(ownProvince, path, "approve", "{}").statusCode(409);
    ownCommune
        .get(path)
        .then()
        .body("may.edit", equalTo(false))
        .body("why.edit", containsString("tinh.04"));

    for (RequestSpecification refused :
        List.of(viewer, ownCommune, otherCommune, otherProvince, integration)) {
      step(refused, path, "reopen", "{\"reason\": \"Sai số\"}").statusCode(403);
    }
    step(ownProvince, path, "reopen", "{}").statusCode(400);
    step(ownProvince, path, "reopen", "{\"reason\": \"Sai số tin báo\"}")
        .statusCode(200)
        .body("workflow", equalTo("OPEN"))
        .body("state", equalTo("REOPENED"))
        .body("reopenedBy", equalTo("tinh.04"))
        .body("reopenReason", equalTo("Sai số tin báo"))
        .body("locked", equalTo(false))
        .body("may.submit", equalTo(true));
    // The central administrators act for any province.
    step(ownCommune, path, "submit", "{}").statusCode(200);
    step(given().contentType("application/json"), path, "approve", "{}")
        .statusCode(200)
        .body("approvedBy", equalTo("central.admin"));

    String key = monthly + "/202403/" + point;
    List<Map<String, Object>> audit =
        Api.audit("report", key).statusCode(200).extract().jsonPath().getList("items");
    assertThat(audit.stream().map(a -> a.get("action") + " " + a.get("username")).toList())
        .containsExactly(
            "APPROVE central.admin",
            "SUBMIT xa.minh",
            "REOPEN tinh.04",
            "APPROVE tinh.04",
            "SUBMIT xa.minh");
  }

  @Test
  void aProvinceReportIsApprovedByTheCentralAdministratorsOnly() {
    String tips = Reporting.indicator();
    String yearly = Reporting.obligation("PROVINCE", "YEAR", null, 5, List.of(tips));
    String path = "/api/v1/reporting-obligations/" + yearly + "/reports/2024/" + PROVINCE;
    step(as("tinh.01", "province-officer", "01"), path, "submit", "{}").statusCode(403);
    step(as("tinh.04", "province-officer", PROVINCE), path, "submit", "{}").statusCode(200);
    step(as("tinh.04", "province-officer", PROVINCE), path, "approve", "{}")
        .statusCode(403)
        .body("detail", containsString("quản trị viên trung ương"));
    step(given().contentType("application/json"), path, "approve", "{}").statusCode(200);
    // Province-level values of the year and of its months are locked; a point's are not.
    String commune = Api.createCommune(PROVINCE, "Xã tỉnh khóa " + Api.unique("P"));
    String model = Api.createModel(PROVINCE, "Mô hình tỉnh khóa", "2023-01-01");
    long point = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    Api.json()
        .body(
            "{\"values\": [{\"indicatorCode\": \""
                + tips
                + "\", \"period\": \"202405\", \"value\": 1, \"provinceCode\": \""
                + PROVINCE
                + "\"}]}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(409)
        .body("code", equalTo("report-locked"))
        .body("locks[0].reopenBy", equalTo("central-admin"));
    Api.json().body(values(tips, "202405", point)).post("/api/v1/outcomes").then().statusCode(200);
    given()
        .queryParam("period", "2024")
        .get("/api/v1/reporting-obligations/" + yearly + "/completeness")
        .then()
        .statusCode(200)
        .body("expected", equalTo(34))
        .body("reported", equalTo(1));
  }

  @Test
  void anApprovedCommuneReportLocksEveryWritePathForItsPeriodAndThePeriodsInside() {
    String tips = Reporting.indicator();
    String patrols = Reporting.indicator();
    String commune = Api.createCommune(PROVINCE, "Xã khóa " + Api.unique("L"));
    String other = Api.createCommune(PROVINCE, "Xã không khóa " + Api.unique("M"));
    String model = Api.createModel(PROVINCE, "Mô hình khóa", "2023-01-01");
    long point = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long elsewhere = Api.createPoint(model, other, "2024-01-01", 1, 5);
    Api.postOutcomes(
        "[{\"indicatorCode\": \""
            + tips
            + "\", \"period\": \"202402\", \"value\": 1, \"pointId\": "
            + point
            + "}]");
    long stored =
        given()
            .queryParam("indicatorCode", tips)
            .queryParam("pointId", point)
            .get("/api/v1/outcomes")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    String quarterly = Reporting.obligation("COMMUNE", "QUARTER", null, 5, List.of(tips));
    String path = "/api/v1/reporting-obligations/" + quarterly + "/reports/2024Q1/" + commune;
    RequestSpecification ownCommune = as("xa.khoa", "commune-officer", commune);
    step(ownCommune, path, "submit", "{}").statusCode(200);
    step(as("tinh.04", "province-officer", PROVINCE), path, "approve", "{}").statusCode(200);

    // POST /outcomes: a month inside the quarter, by the commune and by the administrator.
    ownCommune
        .body(values(tips, "202402", point))
        .post("/api/v1/outcomes")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("code", equalTo("report-locked"))
        .body("detail", containsString(quarterly))
        .body("detail", containsString("tinh.04"))
        .body("detail", containsString("province-officer 04"))
        .body("locks[0].index", equalTo(0))
        .body("locks[0].obligationCode", equalTo(quarterly))
        .body("locks[0].reportPeriod", equalTo("2024Q1"))
        .body("locks[0].approvedBy", equalTo("tinh.04"))
        .body("errors[0].field", equalTo("values[0]"));
    Api.json().body(values(tips, "2024Q1", point)).post("/api/v1/outcomes").then().statusCode(409);
    // The commune's own value is locked too; other indicators, periods and communes are not.
    Api.json()
        .body(
            "{\"values\": [{\"indicatorCode\": \""
                + tips
                + "\", \"period\": \"202401\", \"value\": 1, \"communeCode\": \""
                + commune
                + "\"}]}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(409);
    Api.json()
        .body(values(patrols, "202402", point))
        .post("/api/v1/outcomes")
        .then()
        .statusCode(200);
    Api.json().body(values(tips, "202404", point)).post("/api/v1/outcomes").then().statusCode(200);
    Api.json()
        .body(values(tips, "202402", elsewhere))
        .post("/api/v1/outcomes")
        .then()
        .statusCode(200);
    // A batch with one locked value writes nothing.
    Api.json()
        .body(
            "{\"values\": [{\"indicatorCode\": \""
                + patrols
                + "\", \"period\": \"202403\", \"value\": 9, \"pointId\": "
                + point
                + "}, {\"indicatorCode\": \""
                + tips
                + "\", \"period\": \"202403\", \"value\": 9, \"pointId\": "
                + point
                + "}]}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(409)
        .body("locks[0].index", equalTo(1));
    given()
        .queryParam("indicatorCode", patrols)
        .queryParam("period", "202403")
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(0));

    // DELETE
    given().delete("/api/v1/outcomes/" + stored).then().statusCode(409);

    // Imports: atomic, partial, dry run and a background job.
    String csv =
        "indicatorCode,period,value,pointId\n"
            + patrols
            + ",202405,4,"
            + point
            + "\n"
            + tips
            + ",202403,4,"
            + point
            + "\n";
    Imports.upload("outcomes", csv, "?dryRun=true")
        .body("conflicts.row", hasItem(2))
        .body("conflicts[0].message", containsString(quarterly));
    Imports.upload("outcomes", csv, "").statusCode(422);
    given()
        .queryParam("indicatorCode", patrols)
        .queryParam("period", "202405")
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(0));
    Imports.upload("outcomes", csv, "?mode=partial")
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejected", equalTo(1))
        .body("conflicts[0].row", equalTo(2))
        .body("conflicts[0].column", equalTo("period"));
    String location =
        Api.raw()
            .contentType(Imports.CSV)
            .body(csv)
            .post("/api/v1/imports/outcomes?async=true&mode=partial")
            .then()
            .statusCode(202)
            .extract()
            .header("Location");
    String state = "QUEUED";
    for (int i = 0; i < 100 && !state.equals("DONE") && !state.equals("FAILED"); i++) {
      sleep();
      state = given().get(location).then().extract().path("state");
    }
    given()
        .get(location)
        .then()
        .body("state", equalTo("DONE"))
        .body("result.rejected", equalTo(1))
        .body("result.conflicts[0].message", containsString(quarterly));

    // The entry grid's question: which approved reports lock March in this commune?
    given()
        .queryParam("period", "202403")
        .queryParam("communeCode", commune)
        .get("/api/v1/reporting-locks")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].obligationCode", equalTo(quarterly))
        .body("items[0].period", equalTo("2024Q1"))
        .body("items[0].indicatorCodes", equalTo(List.of(tips)));
    given()
        .queryParam("period", "202403")
        .queryParam("communeCode", other)
        .get("/api/v1/reporting-locks")
        .then()
        .body("total", equalTo(0));

    // Moving the point to another commune would carry locked values out of the report.
    Map<String, Object> moved =
        given()
            .get("/api/v1/replication-points/" + point)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    moved.put("communeCode", other);
    Api.json()
        .body(moved)
        .put("/api/v1/replication-points/" + point)
        .then()
        .statusCode(409)
        .body("code", equalTo("report-locked"));
    given().get("/api/v1/replication-points/" + point).then().body("communeCode", equalTo(commune));

    // Reopened, the values are open again.
    step(
            as("tinh.04", "province-officer", PROVINCE),
            path,
            "reopen",
            "{\"reason\": \"Sửa tin báo\"}")
        .statusCode(200);
    ownCommune.body(values(tips, "202402", point)).post("/api/v1/outcomes").then().statusCode(200);
    given().delete("/api/v1/outcomes/" + stored).then().statusCode(204);
  }

  @Test
  void aSubmissionWithoutValuesCountsAsReportedAndTheGridShowsEachState() {
    String tips = Reporting.indicator();
    String commune = Api.createCommune(PROVINCE, "Xã lưới " + Api.unique("G"));
    String model = Api.createModel(PROVINCE, "Mô hình lưới", "2023-01-01");
    long submitter = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long withValue = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long silent = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long april = Api.createPoint(model, commune, "2024-04-10", 1, 5);
    String monthly = Reporting.obligation("POINT", "MONTH", model, 5, List.of(tips));
    String base = "/api/v1/reporting-obligations/" + monthly;
    step(
            given().contentType("application/json"),
            base + "/reports/202403/" + submitter,
            "submit",
            "{}")
        .statusCode(200);
    Api.json()
        .body(values(tips, "202403", withValue))
        .post("/api/v1/outcomes")
        .then()
        .statusCode(200);
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", PROVINCE)
        .get(base + "/completeness")
        .then()
        .body("expected", equalTo(3))
        .body("reported", equalTo(2))
        .body("late", equalTo(2))
        .body("missing", equalTo(1));
    given()
        .queryParam("period", "202403")
        .queryParam("communeCode", commune)
        .queryParam("state", "SUBMITTED")
        .get(base + "/reports")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].unit", equalTo(String.valueOf(submitter)));

    ValidatableResponse grid =
        given()
            .queryParam("communeCode", commune)
            .queryParam("until", "202404")
            .queryParam("periods", 2)
            .get(base + "/grid")
            .then()
            .statusCode(200)
            .body("periods", equalTo(List.of("202403", "202404")))
            .body("rows.size()", equalTo(4));
    Map<String, List<String>> states = new HashMap<>();
    for (Map<String, Object> row : grid.extract().jsonPath().<Map<String, Object>>getList("rows")) {
      assertThat(row.get("unit")).isEqualTo(true);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
      states.put(
          (String) row.get("code"), cells.stream().map(c -> (String) c.get("state")).toList());
    }
    assertThat(states.get(String.valueOf(submitter))).containsExactly("SUBMITTED", "MISSING");
    assertThat(states.get(String.valueOf(withValue))).containsExactly("LATE", "MISSING");
    assertThat(states.get(String.valueOf(silent))).containsExactly("MISSING", "MISSING");
    // Established in April: not expected in March (no state, nothing counted).
    assertThat(states.get(String.valueOf(april))).containsExactly(null, "MISSING");
    // The province's grid: a row per commune, counts only.
    given()
        .queryParam("provinceCode", PROVINCE)
        .queryParam("until", "202403")
        .queryParam("periods", 1)
        .get(base + "/grid")
        .then()
        .statusCode(200)
        .body("rows.find { it.code == '" + commune + "' }.cells[0].expected", equalTo(3))
        .body("rows.find { it.code == '" + commune + "' }.cells[0].reported", equalTo(2))
        .body("rows.find { it.code == '" + commune + "' }.cells[0].submitted", equalTo(1))
        .body("rows.find { it.code == '" + commune + "' }.cells[0].state", nullValue())
        .body("rows[0].unit", equalTo(false));
    given().queryParam("periods", 0).get(base + "/grid").then().statusCode(400);
    given().get(base + "/reports/202403/999999999").then().statusCode(404);
    given().get(base + "/reports/2024Q1/" + silent).then().statusCode(400);
    given()
        .get(base + "/reports/202312/" + silent)
        .then()
        .statusCode(404)
        .body("detail", notNullValue());
  }

  @Test
  void aCommuneObligationExpectsEveryCommuneAndCountsValuesFiledUnderIt() {
    String tips = Reporting.indicator();
    String commune = Api.createCommune(PROVINCE, "Xã cấp xã " + Api.unique("C"));
    String empty = Api.createCommune(PROVINCE, "Xã trống " + Api.unique("E"));
    String model = Api.createModel(PROVINCE, "Mô hình cấp xã", "2023-01-01");
    long point = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    Api.postOutcomes(
        "[" + values(tips, "202405", point).replaceAll("^\\{\"values\": \\[|\\]\\}$", "") + "]");
    String monthly = Reporting.obligation("COMMUNE", "MONTH", null, 5, List.of(tips));
    List<Map<String, Object>> groups =
        given()
            .queryParam("period", "202405")
            .queryParam("provinceCode", PROVINCE)
            .queryParam("groupBy", "commune")
            .get("/api/v1/reporting-obligations/" + monthly + "/completeness")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("groups");
    Map<String, Object> filled =
        groups.stream().filter(g -> commune.equals(g.get("code"))).findFirst().orElseThrow();
    Map<String, Object> none =
        groups.stream().filter(g -> empty.equals(g.get("code"))).findFirst().orElseThrow();
    assertThat(filled).containsEntry("expected", 1).containsEntry("reported", 1);
    assertThat(none)
        .containsEntry("expected", 1)
        .containsEntry("reported", 0)
        .containsEntry("missing", 1);
    given()
        .queryParam("period", "202405")
        .queryParam("communeCode", empty)
        .get("/api/v1/reporting-obligations/" + monthly + "/completeness/units")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].unitType", equalTo("COMMUNE"))
        .body("items[0].unit", equalTo(empty))
        .body("items[0].pointId", nullValue())
        .body("items[0].state", equalTo("MISSING"));
    // Not in force before validFrom: nobody is expected.
    given()
        .queryParam("period", "202312")
        .queryParam("provinceCode", PROVINCE)
        .get("/api/v1/reporting-obligations/" + monthly + "/completeness")
        .then()
        .body("inForce", equalTo(false))
        .body("expected", equalTo(0));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
