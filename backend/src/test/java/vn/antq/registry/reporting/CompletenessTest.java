package vn.antq.registry.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * Completeness against a hand-computed fixture: one model of its own in province 11, so only these
 * points are expected, and indicators of its own, so its past values change no figure another test
 * counts.
 */
@QuarkusTest
class CompletenessTest extends SignedIn {

  private static final String PROVINCE = "11";

  private static String indicator() {
    String code = Api.unique("DONE_I").replace('-', '_');
    Api.json()
        .body(Map.of("code", code, "name", "Chỉ tiêu báo cáo thử", "unit", "lần"))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  private static String obligation(
      String frequency, String model, int dueDays, List<String> indicators) {
    String code = Api.unique("DONE").replace('-', '_');
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Báo cáo điểm thử");
    body.put("indicatorCodes", indicators);
    body.put("frequency", frequency);
    body.put("reporterLevel", "POINT");
    body.put("appliesTo", "MODELS");
    body.put("modelCodes", List.of(model));
    body.put("dueDaysAfterEnd", dueDays);
    body.put("validFrom", "2024-01-01");
    Api.json().body(body).post("/api/v1/reporting-obligations").then().statusCode(201);
    return code;
  }

  private static void value(long point, String indicator, String period) {
    Api.postOutcomes(
        "[{\"indicatorCode\": \""
            + indicator
            + "\", \"period\": \""
            + period
            + "\", \"value\": 2, \"pointId\": "
            + point
            + "}]");
  }

  private static void retire(long point, String since) {
    Map<String, Object> body =
        given()
            .get("/api/v1/replication-points/" + point)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    body.put("status", "RETIRED");
    body.put("statusSince", since);
    Api.json().body(body).put("/api/v1/replication-points/" + point).then().statusCode(200);
  }

  @Test
  void countsExpectedReportedOnTimeLateAndMissing() {
    String tips = indicator();
    String patrols = indicator();
    String leaflets = indicator();
    String commune = Api.createCommune(PROVINCE, "Xã báo cáo " + Api.unique("X"));
    String model = Api.createModel(PROVINCE, "Mô hình có báo cáo", "2023-01-01");
    long early = Api.createPoint(model, commune, "2024-01-10", 1, 5);
    long onLastDay = Api.createPoint(model, commune, "2024-03-31", 1, 5);
    long silent = Api.createPoint(model, commune, "2024-02-01", 1, 5);
    long afterward = Api.createPoint(model, commune, "2024-04-01", 1, 5);
    long retiredBefore = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long retiredDuring = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long otherIndicator = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    value(early, tips, "202403");
    value(early, patrols, "202403");
    value(onLastDay, patrols, "202403");
    value(silent, tips, "2024Q1"); // a coarser period is not March's report
    value(otherIndicator, leaflets, "202403");
    retire(retiredBefore, "2024-02-29");
    retire(retiredDuring, "2024-03-15");

    String monthly = obligation("MONTH", model, 5, List.of(tips, patrols));
    // Expected: early, onLastDay, silent, retiredDuring, otherIndicator; the values are stored
    // today, long after 2024-04-05.
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", PROVINCE)
        .get("/api/v1/reporting-obligations/" + monthly + "/completeness")
        .then()
        .statusCode(200)
        .body("obligationCode", equalTo(monthly))
        .body("period", equalTo("202403"))
        .body("provinceCode", equalTo(PROVINCE))
        .body("dueDate", equalTo("2024-04-05"))
        .body("expected", equalTo(5))
        .body("reported", equalTo(2))
        .body("onTime", equalTo(0))
        .body("late", equalTo(2))
        .body("missing", equalTo(3));

    // This month, whose due date is still ahead: a value stored now is on time. Points retired
    // earlier are not expected; the one established in April 2024 is.
    String thisMonth =
        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7).replace("-", "");
    value(afterward, tips, thisMonth);
    given()
        .queryParam("period", thisMonth)
        .get("/api/v1/reporting-obligations/" + monthly + "/completeness")
        .then()
        .statusCode(200)
        .body("provinceCode", equalTo(null))
        .body("expected", equalTo(5))
        .body("reported", equalTo(1))
        .body("onTime", equalTo(1))
        .body("late", equalTo(0))
        .body("missing", equalTo(4));
  }

  @Test
  void refusesPeriodsOfAnotherFrequencyUnknownProvincesAndOtherLevels() {
    String model = Api.createModel(PROVINCE, "Mô hình kiểm tra kỳ", "2023-01-01");
    String monthly = obligation("MONTH", model, 5, List.of("TIPS_RECEIVED"));
    String path = "/api/v1/reporting-obligations/" + monthly + "/completeness";
    given().queryParam("period", "2024Q1").get(path).then().statusCode(400);
    given().queryParam("period", "2024-03").get(path).then().statusCode(400);
    given().get(path).then().statusCode(400);
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", "99")
        .get(path)
        .then()
        .statusCode(400);
    given()
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-obligations/PROVINCE_HALF_YEAR/completeness")
        .then()
        .statusCode(422);
    given()
        .queryParam("period", "202403")
        .get("/api/v1/reporting-obligations/NO_SUCH/completeness")
        .then()
        .statusCode(404);
  }
}
