package vn.antq.registry.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class IndicatorResourceTest extends SignedIn {

  @Test
  void listsTheSeededIndicatorsWithUnits() {
    given()
        .queryParam("size", 100)
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "TIPS_RECEIVED",
                "VALUABLE_TIPS",
                "CASES_SOLVED",
                "SUBJECTS_HANDLED",
                "WANTED_SURRENDERED",
                "WEAPONS_HANDED_IN",
                "FIRECRACKERS_KG",
                "POPPY_AREA_M2",
                "POPPY_PLANTS",
                "DRUG_USERS_REHAB",
                "COMMUNITY_SENTENCES_MANAGED",
                "EX_PRISONERS_SUPPORTED",
                "DISPUTES_MEDIATED",
                "CAMPAIGNS_HELD",
                "ATTENDEES",
                "LEAFLETS",
                "PATROLS",
                "FORUMS_HELD",
                "OPINIONS_COLLECTED"));
    given()
        .get("/api/v1/indicators/FIRECRACKERS_KG")
        .then()
        .body("fractional", equalTo(true))
        .body("unit", equalTo("kg"));
    given().get("/api/v1/indicators/POPPY_PLANTS").then().body("fractional", equalTo(false));
  }

  @Test
  void aNewIndicatorIsUsableAtOnceAndKeepsItsFractionRule() {
    String code = Api.unique("SEIZED_KG").replace("-", "_");
    Api.json()
        .body(Map.of("code", code, "name", "Ma túy thu giữ", "unit", "kg", "fractional", true))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    Api.postOutcomes(
        "[{\"indicatorCode\": \""
            + code
            + "\", \"period\": \"2024\", \"value\": 0.5, \"provinceCode\": \"01\"}]");
    Api.json()
        .body(Map.of("name", "Ma túy thu giữ", "unit", "kg", "fractional", false))
        .put("/api/v1/indicators/" + code)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Api.json()
        .body(Map.of("name", "Ma túy thu giữ (kg)", "unit", "kg"))
        .put("/api/v1/indicators/" + code)
        .then()
        .statusCode(200)
        .body("fractional", equalTo(true));
  }

  @Test
  void refusesInvalidIndicators() {
    Api.json()
        .body(Map.of("code", "X", "name", "Thiếu đơn vị"))
        .post("/api/v1/indicators")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("code", "unit"));
    given().get("/api/v1/indicators/NOPE").then().statusCode(404);
    Api.json()
        .body(Map.of("code", "TIPS_RECEIVED", "name", "Trùng", "unit", "tin"))
        .post("/api/v1/indicators")
        .then()
        .statusCode(409);
  }
}
