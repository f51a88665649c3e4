package vn.antq.registry.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Conflicts;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class OutcomeResourceTest extends SignedIn {

  String model;
  String commune;
  long point;

  @BeforeEach
  void registry() {
    model = Api.createModel("04", "Mô hình báo cáo", "2020-01-01");
    commune = Api.createCommune("04", "Xã báo cáo");
    point = Api.createPoint(model, commune, "2020-06-01", 2, 20);
  }

  private ValidatableResponse post(String values) {
    return Api.json().body("{\"values\": " + values + "}").post("/api/v1/outcomes").then();
  }

  private ValidatableResponse total(String period) {
    return given()
        .queryParam("modelCode", model)
        .queryParam("period", period)
        .queryParam("groupBy", "indicatorCode")
        .get("/api/v1/outcomes/summary")
        .then()
        .statusCode(200);
  }

  @Test
  void sameKeyAgainUpdatesInsteadOfAdding() {
    String value =
        "[{\"indicatorCode\": \"TIPS_RECEIVED\", \"period\": \"202401\", \"value\": 5, \"pointId\": "
            + point
            + "}]";
    post(value)
        .statusCode(200)
        .body("status", equalTo("SUCCESS"))
        .body("created", equalTo(1))
        .body("updated", equalTo(0));
    post(value).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(1));
    post(value.replace("\"value\": 5", "\"value\": 7")).statusCode(200).body("updated", equalTo(1));
    given()
        .queryParam("pointId", point)
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(1))
        .body("items[0].value", equalTo(7))
        .body("items[0].modelCode", equalTo(model))
        .body("items[0].communeCode", equalTo(commune))
        .body("items[0].provinceCode", equalTo("04"))
        .body("items[0].unitType", equalTo("POINT"));
  }

  @Test
  void monthsRollUpIntoQuarterHalfAndYear() {
    post("""
        [{"indicatorCode": "CASES_SOLVED", "period": "202401", "value": 1, "pointId": %1$d},
         {"indicatorCode": "CASES_SOLVED", "period": "202402", "value": 2, "pointId": %1$d},
         {"indicatorCode": "CASES_SOLVED", "period": "202404", "value": 4, "pointId": %1$d},
         {"indicatorCode": "CASES_SOLVED", "period": "202412", "value": 8, "pointId": %1$d}]"""
            .formatted(point))
        .statusCode(200);
    total("202401").body("items[0].value", equalTo(1));
    total("2024Q1").body("items[0].value", equalTo(3));
    total("2024Q2").body("items[0].value", equalTo(4));
    total("2024S1").body("items[0].value", equalTo(7));
    total("2024S2").body("items[0].value", equalTo(8));
    total("2024").body("items[0].value", equalTo(15));
    total("2025").body("items", hasSize(0));
  }

  @Test
  void coarseValuesAreNeverSplitIntoFinerPeriods() {
    post("""
        [{"indicatorCode": "PATROLS", "period": "2024Q2", "value": 10, "modelCode": "%1$s", "communeCode": "%2$s"},
         {"indicatorCode": "PATROLS", "period": "2024", "value": 100, "modelCode": "%1$s", "provinceCode": "04"},
         {"indicatorCode": "PATROLS", "period": "202405", "value": 1, "pointId": %3$d}]"""
            .formatted(model, commune, point))
        .statusCode(200);
    total("202405").body("items[0].value", equalTo(1));
    total("2024Q2").body("items[0].value", equalTo(11));
    total("2024S1").body("items[0].value", equalTo(11));
    total("2024S2").body("items", hasSize(0));
    total("2024").body("items[0].value", equalTo(111));
    // Several periods at once, each rolled up on its own: nothing counted twice across them.
    given()
        .queryParam("modelCode", model)
        .queryParam("period", "2024Q1,2024Q2,2024")
        .queryParam("groupBy", "period,indicatorCode")
        .get("/api/v1/outcomes/summary")
        .then()
        .body("items", hasSize(2))
        .body("items[0].period", equalTo("2024Q2"))
        .body("items[0].value", equalTo(11))
        .body("items[1].period", equalTo("2024"))
        .body("items[1].value", equalTo(111));
  }

  @Test
  void groupsByUnitsAndFractionsStayExact() {
    post("""
        [{"indicatorCode": "FIRECRACKERS_KG", "period": "202401", "value": 0.12, "pointId": %1$d},
         {"indicatorCode": "FIRECRACKERS_KG", "period": "202402", "value": 292.12, "communeCode": "%2$s"}]"""
            .formatted(point, commune))
        .statusCode(200);
    given()
        .queryParam("communeCode", commune)
        .queryParam("period", "2024")
        .queryParam("groupBy", "communeCode,indicatorCode")
        .get("/api/v1/outcomes/summary")
        .then()
        .body("items", hasSize(1))
        .body("items[0].communeCode", equalTo(commune))
        .body("items[0].value", equalTo(292.24f));
    given()
        .queryParam("communeCode", commune)
        .queryParam("period", "2024")
        .queryParam("groupBy", "modelCode")
        .get("/api/v1/outcomes/summary")
        .then()
        .body("items", hasSize(2));
  }

  @Test
  void anInvalidValueRejectsTheWholeBatch() {
    ValidatableResponse refused =
        post(
            """
        [{"indicatorCode": "TIPS_RECEIVED", "period": "202403", "value": 5, "pointId": %1$d},
         {"indicatorCode": "TIPS_RECEIVED", "period": "2024H1", "value": 5, "pointId": %1$d},
         {"indicatorCode": "TIPS_RECEIVED", "period": "202404", "value": 1.5, "pointId": %1$d},
         {"indicatorCode": "TIPS_RECEIVED", "period": "202405", "value": -1, "pointId": %1$d},
         {"indicatorCode": "NO_SUCH", "period": "202406", "value": 1, "pointId": %1$d},
         {"indicatorCode": "TIPS_RECEIVED", "period": "202413", "value": 1, "pointId": %1$d},
         {"indicatorCode": "TIPS_RECEIVED", "period": "202403", "value": 6, "pointId": %1$d},
         {"indicatorCode": "TIPS_RECEIVED", "period": "202407", "value": 1, "pointId": %1$d, "communeCode": "00004"},
         {"indicatorCode": "TIPS_RECEIVED", "period": "202408", "value": 1},
         {"indicatorCode": "TIPS_RECEIVED", "period": "202409", "value": 1, "modelCode": "%2$s"}]"""
                .formatted(point, model));
    Conflicts.have(
            refused.statusCode(422),
            "field",
            "period",
            "value",
            "value",
            "indicatorCode",
            "period",
            null,
            "communeCode",
            "pointId",
            "communeCode")
        .contentType("application/problem+json")
        .body("type", equalTo("urn:antq:problem:import-rejected"))
        .body("created", equalTo(0))
        .body("rejected", equalTo(9))
        .body("conflicts.index", org.hamcrest.Matchers.contains(1, 2, 3, 4, 5, 6, 7, 8, 9))
        .body("conflicts[0].value", equalTo("2024H1"))
        .body("conflicts[1].message", containsString("số nguyên"))
        .body("conflicts[5].message", containsString("vị trí 0"))
        .body("errors[0].field", equalTo("values[1].period"));
    given().queryParam("pointId", point).get("/api/v1/outcomes").then().body("total", equalTo(0));
  }

  @Test
  void refusesEmptyOrMalformedBatches() {
    Api.json()
        .body("{\"values\": []}")
        .post("/api/v1/outcomes")
        .then()
        .spec(Problems.badRequest("values"));
    Api.json()
        .body("{\"values\": [{\"indicatorCode\": \"TIPS_RECEIVED\", \"value\": \"nhiều\"}]}")
        .post("/api/v1/outcomes")
        .then()
        .spec(Problems.badRequest("values[0].value"));
    Api.json()
        .body("not json")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .queryParam("period", "2024W1")
        .get("/api/v1/outcomes/summary")
        .then()
        .spec(Problems.badRequest("period"));
    given()
        .queryParam("groupBy", "village")
        .get("/api/v1/outcomes/summary")
        .then()
        .spec(Problems.badRequest("groupBy"));
  }

  @Test
  void listsWithinAPeriodAndDeletes() {
    post("""
        [{"indicatorCode": "LEAFLETS", "period": "202402", "value": 100, "pointId": %1$d},
         {"indicatorCode": "LEAFLETS", "period": "2024Q1", "value": 50, "communeCode": "%2$s"},
         {"indicatorCode": "LEAFLETS", "period": "2024", "value": 9, "communeCode": "%2$s"}]"""
            .formatted(point, commune))
        .statusCode(200);
    given()
        .queryParam("communeCode", commune)
        .queryParam("within", "2024Q1")
        .queryParam("sort", "period")
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(2));
    int id =
        given()
            .queryParam("communeCode", commune)
            .queryParam("period", "2024")
            .get("/api/v1/outcomes")
            .then()
            .body("total", equalTo(1))
            .extract()
            .path("items[0].id");
    given().delete("/api/v1/outcomes/" + id).then().statusCode(204);
    given().delete("/api/v1/outcomes/" + id).then().statusCode(404);
    given()
        .queryParam("communeCode", commune)
        .queryParam("within", "2024")
        .get("/api/v1/outcomes")
        .then()
        .body("total", equalTo(2));
  }
}
