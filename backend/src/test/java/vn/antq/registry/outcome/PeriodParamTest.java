package vn.antq.registry.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

/**
 * Period query values are converted by PeriodParamConverters: a bad one is a 400 problem naming its
 * parameter.
 */
@QuarkusTest
class PeriodParamTest extends SignedIn {

  @Test
  void aBadPeriodNamesTheParameterItCameIn() {
    given()
        .get("/api/v1/outcomes?within=2024X")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("within"))
        .body("detail", containsString("'2024X'"));
    given().get("/api/v1/outcomes?period=2024Q5").then().spec(Problems.badRequest("period"));
    given()
        .get("/api/v1/outcomes/summary?period=2024, nope")
        .then()
        .spec(Problems.badRequest("period"))
        .body("detail", containsString("'nope'"));
    given().get("/api/v1/summary?period=13").then().spec(Problems.badRequest("period"));
  }

  @Test
  void blankMeansNoPeriodAndTooManyAreRefused() {
    given().get("/api/v1/summary?period=").then().statusCode(200);
    given().get("/api/v1/outcomes/summary?period= ").then().statusCode(200);
    StringBuilder many = new StringBuilder("2000");
    for (int year = 2001; year <= 2060; year++) {
      many.append(',').append(year);
    }
    given()
        .get("/api/v1/outcomes/summary?period=" + many)
        .then()
        .spec(Problems.badRequest("period"))
        .body("detail", containsString("60"));
  }
}
