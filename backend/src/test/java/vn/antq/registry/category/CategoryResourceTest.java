package vn.antq.registry.category;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class CategoryResourceTest extends SignedIn {

  @Test
  void listsTheSeededCategoriesInOrder() {
    given()
        .queryParam("size", 500)
        .get("/api/v1/model-categories")
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "RESIDENTIAL",
                "ETHNIC_RELIGIOUS",
                "AGENCY_ENTERPRISE",
                "SCHOOL",
                "BORDER_SEA",
                "REINTEGRATION",
                "DRUGS_SOCIAL_EVILS",
                "TRAFFIC",
                "TECHNOLOGY",
                "OTHER"))
        .body("items[0].code", equalTo("RESIDENTIAL"));
    given()
        .queryParam("size", 3)
        .queryParam("page", 1)
        .get("/api/v1/model-categories")
        .then()
        .body("items", hasSize(3))
        .body("items[0].code", equalTo("SCHOOL"));
  }

  @Test
  void createsAndUpdatesACategory() {
    String code = Api.unique("CHILD").replace("-", "_");
    Api.json()
        .body(Map.of("code", code, "name", "Bảo vệ trẻ em", "sortOrder", 11))
        .post("/api/v1/model-categories")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/model-categories/" + code))
        .body("name", equalTo("Bảo vệ trẻ em"));
    String etag =
        given()
            .get("/api/v1/model-categories/" + code)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.json()
        .header("If-Match", etag)
        .body(Map.of("name", "Phòng, chống xâm hại trẻ em"))
        .put("/api/v1/model-categories/" + code)
        .then()
        .statusCode(200)
        .body("name", equalTo("Phòng, chống xâm hại trẻ em"))
        .body("sortOrder", equalTo(11));
    Api.json()
        .header("If-Match", etag)
        .body(Map.of("name", "Cũ"))
        .put("/api/v1/model-categories/" + code)
        .then()
        .statusCode(412);
    Api.json()
        .body(Map.of("code", code, "name", "Trùng"))
        .post("/api/v1/model-categories")
        .then()
        .statusCode(409);
  }

  @Test
  void refusesInvalidCategories() {
    Api.json()
        .body(Map.of("code", "lower case", "name", " "))
        .post("/api/v1/model-categories")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("code", "name"));
    given().get("/api/v1/model-categories/NOPE").then().statusCode(404);
    Api.json()
        .body(Map.of("code", "OTHER_CODE", "name", "x"))
        .put("/api/v1/model-categories/OTHER")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("code"));
  }
}
