package vn.antq.registry.model;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class ModelResourceTest extends SignedIn {

  private static Map<String, Object> model(String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("categoryCode", "ETHNIC_RELIGIOUS");
    body.put("provinceCode", "04");
    body.put("leadOrganisation", "Công an tỉnh Lai Châu");
    body.put("startedOn", "2012-03-01");
    body.put("recognitionLevel", "PROVINCE");
    body.put("recognizedOn", "2014-05-10");
    body.put("recognitionDecision", "Quyết định số 512/QĐ-UBND");
    return body;
  }

  @Test
  void createsWithAGeneratedCodeAndFindsItWithoutDiacritics() {
    String name = "Dòng họ tự quản về ANTT " + Api.unique("K");
    String code =
        Api.json()
            .body(model(name))
            .post("/api/v1/models")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/models/MH04-"))
            .body("code", matchesPattern("MH04-\\d{5}"))
            .body("status", equalTo("ACTIVE"))
            .body("statusSince", equalTo("2012-03-01"))
            .extract()
            .path("code");
    given()
        .queryParam("q", "dong ho tu quan")
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("items.code", hasItem(code));
    given()
        .queryParam("q", "tu quan")
        .queryParam("provinceCode", "04")
        .queryParam("categoryCode", "ETHNIC_RELIGIOUS")
        .queryParam("recognitionLevel", "PROVINCE")
        .queryParam("status", "ACTIVE")
        .get("/api/v1/models")
        .then()
        .body("items.code", hasItem(code));
    given()
        .queryParam("q", "tu quan")
        .queryParam("recognitionLevel", "NATIONAL")
        .get("/api/v1/models")
        .then()
        .body("items.code", not(hasItem(code)));
  }

  @Test
  void keepsStatusChangesAsHistory() {
    Map<String, Object> body = model("Camera an ninh");
    String code = Api.unique("CAM");
    body.put("code", code);
    Api.json()
        .body(body)
        .post("/api/v1/models")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/models/" + code));
    String etag = given().get("/api/v1/models/" + code).then().extract().header("ETag");

    body.put("status", "DORMANT");
    Api.json()
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/models/" + code)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("statusReason"));
    body.put("statusReason", "Hoạt động cầm chừng");
    body.put("statusSince", "2024-06-30");
    String etag2 =
        Api.json()
            .header("If-Match", etag)
            .body(body)
            .put("/api/v1/models/" + code)
            .then()
            .statusCode(200)
            .body("status", equalTo("DORMANT"))
            .extract()
            .header("ETag");
    body.put("status", "RETIRED");
    body.put("statusReason", "Thanh loại");
    body.remove("statusSince");
    Api.json()
        .header("If-Match", etag2)
        .body(body)
        .put("/api/v1/models/" + code)
        .then()
        .statusCode(200);

    given()
        .get("/api/v1/models/" + code + "/history")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items[0].status", equalTo("ACTIVE"))
        .body("items[0].previousStatus", nullValue())
        .body("items[1].previousStatus", equalTo("ACTIVE"))
        .body("items[1].status", equalTo("DORMANT"))
        .body("items[1].effectiveOn", equalTo("2024-06-30"))
        .body("items[1].reason", equalTo("Hoạt động cầm chừng"))
        .body("items[2].status", equalTo("RETIRED"));
    Api.json()
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/models/" + code)
        .then()
        .statusCode(412);
  }

  @Test
  void refusesUnknownReferencesNamingEachField() {
    Map<String, Object> body = model("Mô hình lỗi");
    body.put("categoryCode", "NOPE");
    body.put("provinceCode", "99");
    Api.json()
        .body(body)
        .post("/api/v1/models")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("categoryCode", "provinceCode"));
    Map<String, Object> elsewhere = model("Mô hình sai xã");
    elsewhere.put("communeCode", Api.createCommune("96", "Xã ở Cà Mau"));
    Api.json()
        .body(elsewhere)
        .post("/api/v1/models")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("communeCode"));
  }

  @Test
  void refusesMalformedInput() {
    Map<String, Object> body = model("");
    body.put("recognitionLevel", "GLOBAL");
    Api.json()
        .body(body)
        .post("/api/v1/models")
        .then()
        .spec(Problems.badRequest("recognitionLevel"))
        .body("detail", containsString("NATIONAL"));
    Api.json()
        .body("{\"name\": \"x\", ")
        .post("/api/v1/models")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Map<String, Object> future = model("Tương lai");
    future.put("startedOn", "2999-01-01");
    Api.json().body(future).post("/api/v1/models").then().spec(Problems.badRequest("startedOn"));
    Api.json()
        .body("{\"name\": \"x\", \"bogus\": 1}")
        .post("/api/v1/models")
        .then()
        .spec(Problems.badRequest("bogus"));
    given().get("/api/v1/models/NO-SUCH-MODEL").then().statusCode(404);
    given().get("/api/v1/models/NO-SUCH-MODEL/history").then().statusCode(404);
  }

  @Test
  void deletesOnlyModelsWithoutPoints() {
    String unused = Api.createModel("01", "Mô hình chưa dùng", "2020-01-01");
    given().delete("/api/v1/models/" + unused).then().statusCode(204);
    given().get("/api/v1/models/" + unused).then().statusCode(404);

    String used = Api.createModel("01", "Mô hình đã nhân rộng", "2020-01-01");
    Api.createPoint(used, Api.createCommune("01", "Xã có điểm"), "2021-01-01", 1, 10);
    given()
        .delete("/api/v1/models/" + used)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("RETIRED"));
    given().get("/api/v1/models/" + used).then().statusCode(200);
  }
}
