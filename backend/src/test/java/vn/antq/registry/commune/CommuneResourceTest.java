package vn.antq.registry.commune;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class CommuneResourceTest extends SignedIn {

  @Test
  void createsReadsAndUpdatesACommune() {
    String code = Api.newCommuneCode();
    Api.json()
        .body(
            Map.of(
                "code",
                code,
                "name",
                "Mường So",
                "type",
                "XA",
                "provinceCode",
                "12",
                "border",
                true,
                "ethnicMinority",
                true))
        .post("/api/v1/communes")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/communes/" + code))
        .body("code", equalTo(code))
        .body("fullName", equalTo("Xã Mường So"))
        .body("border", equalTo(true))
        .body("hotspot", equalTo(false));
    String etag =
        given().get("/api/v1/communes/" + code).then().statusCode(200).extract().header("ETag");
    Map<String, Object> update =
        Map.of("name", "Mường So", "type", "XA", "provinceCode", "12", "hotspot", true);
    Api.json()
        .header("If-Match", etag)
        .body(update)
        .put("/api/v1/communes/" + code)
        .then()
        .statusCode(200)
        .body("hotspot", equalTo(true))
        .body("border", equalTo(false));
    Api.json()
        .header("If-Match", etag)
        .body(update)
        .put("/api/v1/communes/" + code)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
  }

  @Test
  void searchIgnoresDiacriticsAndCase() {
    String code = Api.createCommune("12", "Mường So");
    given()
        .queryParam("q", "muong so")
        .queryParam("provinceCode", "12")
        .get("/api/v1/communes")
        .then()
        .statusCode(200)
        .body("items.code", hasItem(code));
    given()
        .queryParam("q", "MƯỜNG SO")
        .queryParam("provinceCode", "12")
        .get("/api/v1/communes")
        .then()
        .body("items.code", hasItem(code));
  }

  @Test
  void sortsNamesInVietnameseOrder() {
    String tag = "Sắp xếp " + Api.unique("X");
    for (String name :
        List.of(
            tag + " Em",
            tag + " Đan",
            tag + " Dương",
            tag + " Ân",
            tag + " An",
            tag + " Ăn",
            tag + " Ư",
            tag + " Uy")) {
      Api.createCommune("01", name);
    }
    List<String> names =
        given()
            .queryParam("q", tag)
            .queryParam("sort", "name")
            .get("/api/v1/communes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.name", String.class);
    String p = tag + " ";
    // a < ă < â, d < đ < e, u < ư: the Vietnamese alphabet.
    assertThat(names)
        .containsExactly(
            p + "An", p + "Ăn", p + "Ân", p + "Dương", p + "Đan", p + "Em", p + "Uy", p + "Ư");
  }

  @Test
  void filtersByProvinceTypeAndFlagsWithPaging() {
    String tag = Api.unique("Lọc");
    String border = Api.createCommune("11", tag + " biên giới");
    Api.json()
        .body(
            Map.of("name", tag + " biên giới", "type", "XA", "provinceCode", "11", "border", true))
        .put("/api/v1/communes/" + border)
        .then()
        .statusCode(200);
    Api.createCommune("11", tag + " nội địa");
    given()
        .queryParam("q", tag)
        .queryParam("border", "true")
        .get("/api/v1/communes")
        .then()
        .body("total", equalTo(1))
        .body("items[0].code", equalTo(border));
    given()
        .queryParam("q", tag)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/v1/communes")
        .then()
        .body("total", equalTo(2))
        .body("items", hasSize(1));
    given()
        .queryParam("border", "maybe")
        .get("/api/v1/communes")
        .then()
        .spec(Problems.badRequest("border"));
    given()
        .queryParam("type", "HUYEN")
        .get("/api/v1/communes")
        .then()
        .spec(Problems.badRequest("type"));
  }

  @Test
  void refusesInvalidCommunes() {
    Api.json()
        .body(Map.of("code", "123", "name", "", "type", "XA", "provinceCode", "12"))
        .post("/api/v1/communes")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("code"))
        .body("errors.field", hasItem("name"));
    Api.json()
        .body(
            Map.of(
                "code", Api.newCommuneCode(), "name", "Xã lạ", "type", "XA", "provinceCode", "99"))
        .post("/api/v1/communes")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("provinceCode"));
    Api.json()
        .body(
            Map.of(
                "code",
                Api.newCommuneCode(),
                "name",
                "Xã lạ",
                "type",
                "HUYEN",
                "provinceCode",
                "12"))
        .post("/api/v1/communes")
        .then()
        .spec(Problems.badRequest("type"));
    String existing = Api.createCommune("12", "Trùng mã");
    Api.json()
        .body(Map.of("code", existing, "name", "Trùng mã", "type", "XA", "provinceCode", "12"))
        .post("/api/v1/communes")
        .then()
        .statusCode(409);
    given()
        .get("/api/v1/communes/00000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
