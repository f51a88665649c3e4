package vn.antq.registry.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * Input that used to be read as something else, or to fail inside: each is refused at the boundary.
 */
@QuarkusTest
class StrictInputTest extends SignedIn {

  private static final String PROBLEM = "application/problem+json";

  private static Response postJson(String path, String body) {
    return Api.raw().contentType(ContentType.JSON).body(body).post(path);
  }

  @Test
  void aRepeatedKeyIsA400NamingTheKeyOnRecordAndClassInputs() {
    String code = Api.newCommuneCode();
    postJson(
            "/api/v1/communes",
            "{\"code\":\""
                + code
                + "\",\"name\":\"A\",\"name\":\"B\",\"type\":\"XA\",\"provinceCode\":\"12\"}")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("code", equalTo("duplicate-key"))
        .body("errors[0].field", equalTo("name"))
        .body("errors[0].code", equalTo("duplicate-key"));
    given().get("/api/v1/communes/" + code).then().statusCode(404);

    String etag =
        given().get("/api/v1/provinces/12").then().statusCode(200).extract().header("ETag");
    Api.raw()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"population\": 1, \"population\": 2}")
        .put("/api/v1/provinces/12")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("code", equalTo("duplicate-key"))
        .body("errors[0].field", equalTo("population"));

    postJson(
            "/api/v1/outcomes",
            "{\"values\":[{\"indicatorCode\":\"TIPS_RECEIVED\",\"indicatorCode\":\"X\",\"period\":\"2024\",\"value\":1}]}")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("code", equalTo("duplicate-key"))
        .body("errors[0].field", equalTo("values[0].indicatorCode"));
  }

  @Test
  void dataAfterTheDocumentIsRefused() {
    String code = Api.newCommuneCode();
    String commune =
        "{\"code\":\"" + code + "\",\"name\":\"A\",\"type\":\"XA\",\"provinceCode\":\"12\"}";
    postJson("/api/v1/communes", commune + commune)
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("code", equalTo("trailing-data"));
    postJson("/api/v1/communes", commune + " garbage").then().statusCode(400).contentType(PROBLEM);
    postJson("/api/v1/communes", commune + " []").then().statusCode(400).contentType(PROBLEM);
    given().get("/api/v1/communes/" + code).then().statusCode(404);
  }

  @Test
  void datesAndNumbersAreReadOnlyInTheirOwnShape() {
    for (String startedOn : List.of("[]", "{}", "[2024,1,1]", "19000")) {
      postJson(
              "/api/v1/models",
              "{\"name\":\"Mô hình\",\"categoryCode\":\"RESIDENTIAL\",\"provinceCode\":\"12\",\"startedOn\":"
                  + startedOn
                  + "}")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors[0].field", equalTo("startedOn"));
    }
    for (String field :
        List.of("\"name\":[]", "\"name\":{}", "\"border\":{}", "\"border\":[]", "\"type\":[]")) {
      String code = Api.newCommuneCode();
      String body =
          ("{\"code\":\""
                  + code
                  + "\",\"name\":\"A\",\"type\":\"XA\",\"provinceCode\":\"12\","
                  + field
                  + "}")
              .replace("\"name\":\"A\",", field.startsWith("\"name") ? "" : "\"name\":\"A\",")
              .replace("\"type\":\"XA\",", field.startsWith("\"type") ? "" : "\"type\":\"XA\",");
      postJson("/api/v1/communes", body)
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("code", not(equalTo("duplicate-key")));
      given().get("/api/v1/communes/" + code).then().statusCode(404);
    }
    String etag = given().get("/api/v1/provinces/12").then().extract().header("ETag");
    for (String population : List.of("[]", "{}", "12.5")) {
      Api.raw()
          .contentType(ContentType.JSON)
          .header("If-Match", etag)
          .body("{\"population\": " + population + "}")
          .put("/api/v1/provinces/12")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors[0].field", equalTo("population"));
    }
  }

  @Test
  void numbersAreAsciiDigitsOnly() {
    for (String param : List.of("page", "size")) {
      for (String value : List.of("١٢", "１２", "+1", "1e1", "12345678901234567890")) {
        given()
            .queryParam(param, value)
            .get("/api/v1/provinces")
            .then()
            .statusCode(400)
            .contentType(PROBLEM)
            .body("errors[0].field", equalTo(param));
      }
    }
    given()
        .queryParam("pointId", "١")
        .get("/api/v1/outcomes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors[0].field", equalTo("pointId"));
    given().get("/api/v1/replication-points/١").then().statusCode(404).contentType(PROBLEM);
    given().get("/api/v1/replication-points/+1").then().statusCode(404).contentType(PROBLEM);
    given().delete("/api/v1/outcomes/١").then().statusCode(404).contentType(PROBLEM);
    given().get("/api/v1/imports/١").then().statusCode(404).contentType(PROBLEM);
  }

  @Test
  void aCodeWithWhiteSpaceOrForeignCharactersNamesNothing() {
    String legacy = Api.newCommuneCode();
    Api.raw()
        .contentType("text/csv")
        .body(
            "level,code,name,full_name,parent_code,province_code\nCOMMUNE,"
                + legacy
                + ",Cu,Xa Cu,109,12\n")
        .post("/api/v1/imports/legacy-units")
        .then()
        .statusCode(200);
    String model =
        given().queryParam("size", 1).get("/api/v1/models").then().extract().path("items[0].code");
    List<String> paths =
        List.of(
            "/api/v1/provinces/12",
            "/api/v1/provinces/12/summary",
            "/api/v1/communes/03549",
            "/api/v1/models/" + model,
            "/api/v1/models/" + model + "/history",
            "/api/v1/models/" + model + "/summary",
            "/api/v1/model-categories/RESIDENTIAL",
            "/api/v1/indicators/TIPS_RECEIVED",
            "/api/v1/legacy-units/" + legacy);
    for (String path : paths) {
      int slash = path.indexOf('/', "/api/v1/".length());
      int end = path.indexOf('/', slash + 1);
      String head = end < 0 ? path : path.substring(0, end);
      String tail = end < 0 ? "" : path.substring(end);
      given().urlEncodingEnabled(false).get(head + tail).then().statusCode(200);
      for (String alias : List.of("%20", "%09", "%00", "%C2%A0", "%0A")) {
        given()
            .urlEncodingEnabled(false)
            .get(head + alias + tail)
            .then()
            .statusCode(404)
            .contentType(PROBLEM);
        given()
            .urlEncodingEnabled(false)
            .get(head.substring(0, slash + 1) + alias + head.substring(slash + 1) + tail)
            .then()
            .statusCode(404)
            .contentType(PROBLEM);
      }
    }
    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/provinces/%EF%BC%91%EF%BC%92")
        .then()
        .statusCode(404); // full-width １２
    for (String param :
        List.of("provinceCode", "communeCode", "modelCode", "categoryCode", "indicatorCode")) {
      given()
          .queryParam(param, "12 ")
          .get(param.equals("categoryCode") ? "/api/v1/models" : "/api/v1/outcomes")
          .then()
          .statusCode(400)
          .contentType(PROBLEM)
          .body("errors[0].field", equalTo(param));
    }
    given()
        .queryParam("provinceCode", "12 ")
        .get("/api/v1/summary/communes")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void aPathWithMatrixParametersNamesNothingAndChangesNothing() {
    String model = Api.createModel("04", "Mô hình ma trận", "2020-01-01");
    String commune = Api.createCommune("04", "Xã ma trận");
    long point = Api.createPoint(model, commune, "2020-02-01", 1, 5);
    for (String suffix : List.of(";x=1", ";", "%3B", ";jsessionid=1")) {
      given()
          .urlEncodingEnabled(false)
          .delete("/api/v1/replication-points/" + point + suffix)
          .then()
          .statusCode(404)
          .contentType(PROBLEM);
      given()
          .urlEncodingEnabled(false)
          .get("/api/v1/models/" + model + suffix)
          .then()
          .statusCode(404)
          .contentType(PROBLEM);
    }
    given().urlEncodingEnabled(false).get("/api/v1/models;x=1").then().statusCode(404);
    given().get("/api/v1/replication-points/" + point).then().statusCode(200);
    given().get("/api/v1/models/" + model).then().statusCode(200);
  }

  @Test
  void errorsRepeatOnlyAShortPrefixOfTheValue() {
    String huge = "x".repeat(3_000); // below the 4 KiB request-line limit
    String detail =
        given()
            .queryParam("pointId", huge)
            .get("/api/v1/outcomes")
            .then()
            .statusCode(400)
            .contentType(PROBLEM)
            .extract()
            .path("detail");
    assertThat(detail).contains("x".repeat(100) + "…").doesNotContain("x".repeat(101));
    Response answer =
        postJson(
            "/api/v1/models",
            "{\"name\":\"M\",\"categoryCode\":\"RESIDENTIAL\",\"provinceCode\":\"12\",\"startedOn\":\"2024-01-01\","
                + "\"recognitionLevel\":\""
                + huge
                + "\"}");
    answer.then().statusCode(400).contentType(PROBLEM);
    assertThat(answer.asString().length()).isLessThan(2_000);
    for (String param : List.of("period", "groupBy")) {
      String text =
          given()
              .queryParam(param, huge)
              .get("/api/v1/outcomes/summary")
              .then()
              .statusCode(400)
              .extract()
              .asString();
      assertThat(text).contains("x".repeat(100) + "…").doesNotContain("x".repeat(101));
    }
    String batch =
        postJson(
                "/api/v1/outcomes",
                "{\"values\":[{\"indicatorCode\":\""
                    + huge
                    + "\",\"period\":\"2024\",\"value\":1,\"provinceCode\":\"12\"}]}")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertThat(batch).doesNotContain("x".repeat(201));
    given()
        .urlEncodingEnabled(false)
        .get("/api/v1/replication-points/" + "9".repeat(3000))
        .then()
        .statusCode(404)
        .body("detail.length()", org.hamcrest.Matchers.lessThan(400));
  }

  @Test
  void errorsSpeakTheLanguageAskedForWithAStableCode() {
    Response both = given().queryParam("size", "abc").get("/api/v1/provinces");
    both.then()
        .statusCode(400)
        .body("code", equalTo("invalid-value"))
        .body("detail", equalTo("size: size phải từ 1 đến 500 (size must be 1..500)"));
    given()
        .header("Accept-Language", "vi-VN,vi;q=0.9")
        .queryParam("size", "abc")
        .get("/api/v1/provinces")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .header("Content-Language", "vi")
        .body("code", equalTo("invalid-value"))
        .body("title", equalTo("Dữ liệu không hợp lệ"))
        .body("errors[0].message", equalTo("size phải từ 1 đến 500"))
        .body("errors[0].code", equalTo("invalid-value"));
    given()
        .header("Accept-Language", "en-GB, vi;q=0.5")
        .queryParam("size", "abc")
        .get("/api/v1/provinces")
        .then()
        .statusCode(400)
        .header("Content-Language", "en")
        .body("code", equalTo("invalid-value"))
        .body("title", equalTo("invalid data"))
        .body("errors[0].message", equalTo("size must be 1..500"));
    given()
        .header("Accept-Language", "en")
        .get("/api/v1/provinces/99")
        .then()
        .statusCode(404)
        .body("code", equalTo("not-found"))
        .body("detail", equalTo("province '99' not found"));
    given()
        .header("Accept-Language", "vi")
        .get("/api/v1/provinces/99")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Không tìm thấy tỉnh '99'"));
    given()
        .header("Accept-Language", "fr")
        .get("/api/v1/provinces/99")
        .then()
        .statusCode(404)
        .body("detail", startsWith("Không tìm thấy tỉnh '99' (province"));
    given()
        .header("Accept-Language", ";;;=,")
        .get("/api/v1/provinces/99")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    postJson(
            "/api/v1/models",
            "{\"name\":\"\",\"categoryCode\":\"RESIDENTIAL\",\"provinceCode\":\"12\",\"startedOn\":\"2024-01-01\"}")
        .then()
        .statusCode(400)
        .body("errors.find { it.field == 'name' }.code", equalTo("required"))
        .body("errors.find { it.field == 'name' }.message", containsString("(name is required)"));
    given()
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"\",\"categoryCode\":\"RESIDENTIAL\",\"provinceCode\":\"12\",\"startedOn\":\"2024-01-01\"}")
        .post("/api/v1/models")
        .then()
        .statusCode(400)
        .body("errors.find { it.field == 'name' }.message", equalTo("name is required"))
        .body("detail", not(containsString("Tên")));
  }
}
