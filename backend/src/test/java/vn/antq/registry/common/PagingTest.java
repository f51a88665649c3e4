package vn.antq.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.registry.support.SignedIn;

/**
 * Every list answers the same envelope and refuses the same bad paging, with the demo data behind
 * it.
 */
@QuarkusTest
class PagingTest extends SignedIn {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/provinces",
        "/api/v1/communes",
        "/api/v1/model-categories",
        "/api/v1/indicators",
        "/api/v1/models",
        "/api/v1/models/LCU-DHTQ/history",
        "/api/v1/replication-points",
        "/api/v1/outcomes"
      })
  void everyListIsPaged(String path) {
    int total =
        given()
            .queryParam("size", 2)
            .get(path)
            .then()
            .statusCode(200)
            .body("page", equalTo(0))
            .body("size", equalTo(2))
            .body("items.size()", lessThanOrEqualTo(2))
            .body("total", greaterThanOrEqualTo(1))
            .extract()
            .path("total");
    int lastPage = (total - 1) / 2;
    given()
        .queryParam("size", 2)
        .queryParam("page", lastPage)
        .get(path)
        .then()
        .statusCode(200)
        .body("page", equalTo(lastPage))
        .body("items", hasSize(total - lastPage * 2));
    given()
        .queryParam("size", 2)
        .queryParam("page", lastPage + 1)
        .get(path)
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
    given()
        .queryParam("size", 501)
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("size"));
    given()
        .queryParam("page", "abc")
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
