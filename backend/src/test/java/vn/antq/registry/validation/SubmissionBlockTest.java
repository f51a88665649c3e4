package vn.antq.registry.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/** An ERROR rule broken by a point's values blocks its report; a WARNING does not. */
@QuarkusTest
class SubmissionBlockTest extends SignedIn {

  @Test
  void anErrorBlocksSubmissionAndAWarningDoesNot() {
    String a = Rules.indicator();
    String b = Rules.indicator();
    String error = Rules.create(List.of(a), "LE", List.of(b), null, "ERROR", null);
    Rules.create(List.of(b), "GE", List.of(), 100, "WARNING", null);
    String commune = Api.createCommune("01", "Xã nộp báo cáo");
    String model = Api.createModel("01", "Mô hình nộp báo cáo", "2023-01-01");
    long point = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    String obligation = Api.unique("VR_OBL").replace('-', '_');
    Map<String, Object> body = new HashMap<>();
    body.put("code", obligation);
    body.put("name", "Báo cáo có quy tắc");
    body.put("indicatorCodes", List.of(a, b));
    body.put("frequency", "MONTH");
    body.put("reporterLevel", "POINT");
    body.put("appliesTo", "MODELS");
    body.put("modelCodes", List.of(model));
    body.put("dueDaysAfterEnd", 5);
    body.put("validFrom", "2024-01-01");
    Api.json().body(body).post("/api/v1/reporting-obligations").then().statusCode(201);
    String path = "/api/v1/reporting-obligations/" + obligation + "/reports/202403/" + point;

    Api.postOutcomes(
        "[{\"indicatorCode\": \""
            + a
            + "\", \"period\": \"202403\", \"value\": 5, \"pointId\": "
            + point
            + "}, {\"indicatorCode\": \""
            + b
            + "\", \"period\": \"202403\", \"value\": 3, \"pointId\": "
            + point
            + "}]");
    given()
        .get(path)
        .then()
        .statusCode(200)
        .body("blockingViolations", equalTo(1))
        .body("may.submit", equalTo(false))
        .body("why.submit", containsString(error));
    Api.json().body("{}").post(path + "/submit").then().statusCode(409);

    // Mended: b = 5 keeps the warning (5 < 100) but no error is left.
    Api.postOutcomes(
        "[{\"indicatorCode\": \""
            + b
            + "\", \"period\": \"202403\", \"value\": 5, \"pointId\": "
            + point
            + "}]");
    given().get(path).then().body("blockingViolations", equalTo(0));
    Api.json().body("{}").post(path + "/submit").then().statusCode(200);
  }
}
