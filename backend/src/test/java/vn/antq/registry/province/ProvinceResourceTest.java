package vn.antq.registry.province;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class ProvinceResourceTest extends SignedIn {

  @Test
  void listsTheThirtyFourProvincesPaged() {
    given()
        .queryParam("size", 10)
        .when()
        .get("/api/v1/provinces")
        .then()
        .statusCode(200)
        .body("total", equalTo(34))
        .body("page", equalTo(0))
        .body("size", equalTo(10))
        .body("items", hasSize(10))
        .body("items[0].code", equalTo("01"))
        .body("items[0].name", equalTo("Hà Nội"));
    given()
        .queryParam("page", 3)
        .queryParam("size", 10)
        .when()
        .get("/api/v1/provinces")
        .then()
        .statusCode(200)
        .body("items", hasSize(4));
  }

  @Test
  void findsByNameWithoutDiacritics() {
    given()
        .queryParam("q", "LAI CHAU")
        .when()
        .get("/api/v1/provinces")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].code", equalTo("12"));
  }

  @Test
  void sortsByVietnameseAlphabet() {
    List<String> names =
        given()
            .queryParam("sort", "name")
            .queryParam("size", 500)
            .when()
            .get("/api/v1/provinces")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.name", String.class);
    // Đ is a letter of its own between D and E: every "Đ…" name after "Cần Thơ", before "Gia Lai".
    assertThat(names.indexOf("Đà Nẵng")).isGreaterThan(names.indexOf("Cần Thơ"));
    assertThat(names.indexOf("Gia Lai")).isGreaterThan(names.indexOf("Đồng Tháp"));
    assertThat(names.indexOf("Đồng Tháp")).isGreaterThan(names.indexOf("Điện Biên"));
    assertThat(names.indexOf("Điện Biên")).isGreaterThan(names.indexOf("Đắk Lắk"));
    List<String> descending =
        given()
            .queryParam("sort", "-name")
            .queryParam("size", 500)
            .when()
            .get("/api/v1/provinces")
            .then()
            .extract()
            .jsonPath()
            .getList("items.name", String.class);
    List<String> reversed = new ArrayList<>(names);
    Collections.reverse(reversed);
    assertThat(descending).containsExactlyElementsOf(reversed);
  }

  @Test
  void getsOneWithEtagAndUpdatesWithIfMatch() {
    String etag =
        given()
            .when()
            .get("/api/v1/provinces/96")
            .then()
            .statusCode(200)
            .body("name", equalTo("Cà Mau"))
            .header("ETag", notNullValue())
            .extract()
            .header("ETag");
    String newEtag =
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body("{\"population\": 2606672, \"areaKm2\": 7942.39}")
            .when()
            .put("/api/v1/provinces/96")
            .then()
            .statusCode(200)
            .body("population", equalTo(2606672))
            .body("areaKm2", equalTo(7942.39f))
            .extract()
            .header("ETag");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"population\": 1}")
        .when()
        .put("/api/v1/provinces/96")
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("status", equalTo(412));
    given()
        .when()
        .get("/api/v1/provinces/96")
        .then()
        .header("ETag", equalTo(newEtag))
        .body("population", equalTo(2606672));
  }

  @Test
  void unknownProvinceIs404Problem() {
    given()
        .when()
        .get("/api/v1/provinces/99")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:antq:problem:not-found"))
        .body("title", notNullValue())
        .body("detail", notNullValue());
  }

  @Test
  void refusesNegativePopulationAndBadPaging() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"population\": -5}")
        .when()
        .put("/api/v1/provinces/12")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("population"));
    given()
        .queryParam("size", 501)
        .when()
        .get("/api/v1/provinces")
        .then()
        .spec(Problems.badRequest("size"));
    given()
        .queryParam("sort", "bogus")
        .when()
        .get("/api/v1/provinces")
        .then()
        .spec(Problems.badRequest("sort"));
  }

  @Test
  void malformedJsonIs400NotServerError() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"population\": ")
        .when()
        .put("/api/v1/provinces/12")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body("{\"population\": \"many\"}")
        .when()
        .put("/api/v1/provinces/12")
        .then()
        .statusCode(400)
        .log()
        .ifValidationFails()
        .body("errors[0].field", equalTo("population"));
  }
}
