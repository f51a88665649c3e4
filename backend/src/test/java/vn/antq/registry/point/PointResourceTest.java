package vn.antq.registry.point;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class PointResourceTest extends SignedIn {

  private static Map<String, Object> point(String modelCode, String communeCode) {
    Map<String, Object> body = new HashMap<>();
    body.put("modelCode", modelCode);
    body.put("communeCode", communeCode);
    body.put("placeType", "CLAN");
    body.put("placeName", "Dòng họ Giàng, bản Nậm Cài");
    body.put("establishedOn", "2016-04-15");
    body.put("teamCount", 3);
    body.put("memberCount", 42);
    body.put("coreMemberCount", 5);
    body.put("latitude", 22.5312);
    body.put("longitude", 103.3315);
    return body;
  }

  @Test
  void createsAPointDerivingItsProvince() {
    String model = Api.createModel("04", "Dòng họ tự quản", "2012-01-01");
    String commune = Api.createCommune("04", "Khổng Lào");
    Map<String, Object> body = point(model, commune);
    String externalId = Api.unique("LC-PT");
    body.put("externalId", externalId);
    long id =
        Api.json()
            .body(body)
            .post("/api/v1/replication-points")
            .then()
            .statusCode(201)
            .body("provinceCode", equalTo("04"))
            .body("status", equalTo("ACTIVE"))
            .body("latitude", equalTo(22.5312f))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .get("/api/v1/replication-points/" + id)
        .then()
        .statusCode(200)
        .body("externalId", equalTo(externalId))
        .body("placeName", equalTo("Dòng họ Giàng, bản Nậm Cài"));
    given()
        .queryParam("externalId", externalId)
        .get("/api/v1/replication-points")
        .then()
        .body("total", equalTo(1));
    given()
        .queryParam("modelCode", model)
        .queryParam("q", "nam cai")
        .queryParam("placeType", "CLAN")
        .get("/api/v1/replication-points")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) id));

    Map<String, Object> duplicate = point(model, commune);
    duplicate.put("externalId", externalId);
    Api.json()
        .body(duplicate)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("externalId"));
  }

  @Test
  void whatGetAnswersCanBePutBackAsIs() {
    long id =
        Api.createPoint(
            Api.createModel("04", "Mô hình", "2012-01-01"),
            Api.createCommune("04", "Xã"),
            "2020-01-01",
            2,
            9);
    var response = given().get("/api/v1/replication-points/" + id).then().statusCode(200).extract();
    String body = response.asString().replace("\"memberCount\":9", "\"memberCount\":11");
    Api.json()
        .header("If-Match", response.header("ETag"))
        .body(body)
        .put("/api/v1/replication-points/" + id)
        .then()
        .statusCode(200)
        .body("memberCount", equalTo(11));
    Api.json()
        .body(body.replace("\"memberCount\"", "\"memberCout\""))
        .put("/api/v1/replication-points/" + id)
        .then()
        .spec(Problems.badRequest("memberCout"));
  }

  @Test
  void refusesInvalidPoints() {
    String model = Api.createModel("04", "Tổ an ninh", "2012-01-01");
    String commune = Api.createCommune("04", "Bản Bo");
    Map<String, Object> body = point("NO-MODEL", "00000");
    Api.json()
        .body(body)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(422)
        .body("errors.field", hasItems("modelCode", "communeCode"));
    Map<String, Object> core = point(model, commune);
    core.put("coreMemberCount", 50);
    Api.json()
        .body(core)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("coreMemberCount"));
    Map<String, Object> negative = point(model, commune);
    negative.put("memberCount", -1);
    negative.put("placeType", null);
    Api.json()
        .body(negative)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("memberCount", "placeType"));
    given().get("/api/v1/replication-points/999999999").then().statusCode(404);
    given().get("/api/v1/replication-points/abc").then().statusCode(404);
  }

  @Test
  void movingAPointCarriesItsOutcomesAlong() {
    String model = Api.createModel("04", "Camera an ninh", "2012-01-01");
    String from = Api.createCommune("04", "Xã cũ");
    String to = Api.createCommune("04", "Xã mới");
    long id = Api.createPoint(model, from, "2020-01-01", 1, 5);
    Api.postOutcomes(
        "[{\"indicatorCode\": \"PATROLS\", \"period\": \"202301\", \"value\": 4, \"pointId\": "
            + id
            + "}]");
    String etag = given().get("/api/v1/replication-points/" + id).then().extract().header("ETag");
    Map<String, Object> body = point(model, to);
    Api.json()
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/replication-points/" + id)
        .then()
        .statusCode(200)
        .body("communeCode", equalTo(to));
    given()
        .queryParam("pointId", id)
        .get("/api/v1/outcomes")
        .then()
        .body("items[0].communeCode", equalTo(to));
    Api.json()
        .header("If-Match", etag)
        .body(body)
        .put("/api/v1/replication-points/" + id)
        .then()
        .statusCode(412);

    given().delete("/api/v1/replication-points/" + id).then().statusCode(409);
    long empty = Api.createPoint(model, to, "2020-01-01", 1, 5);
    given().delete("/api/v1/replication-points/" + empty).then().statusCode(204);
    given().get("/api/v1/replication-points/" + empty).then().statusCode(404);
  }

  @Test
  void pagesThroughPointsOfAModel() {
    String model = Api.createModel("04", "Nhiều điểm", "2012-01-01");
    String commune = Api.createCommune("04", "Xã nhiều điểm");
    for (int i = 0; i < 5; i++) {
      Api.createPoint(model, commune, "2020-01-0" + (i + 1), 1, 5);
    }
    given()
        .queryParam("modelCode", model)
        .queryParam("size", 2)
        .queryParam("page", 2)
        .queryParam("sort", "-establishedOn")
        .get("/api/v1/replication-points")
        .then()
        .body("total", equalTo(5))
        .body("items.size()", equalTo(1))
        .body("items[0].establishedOn", equalTo("2020-01-01"));
    given()
        .queryParam("status", "SLEEPING")
        .get("/api/v1/replication-points")
        .then()
        .spec(Problems.badRequest("status"))
        .header("Content-Type", endsWith("problem+json"));
  }

  @Test
  void exportsTheFilteredListAsCsv() {
    String model = Api.createModel("04", "Mô hình xuất", "2012-01-01");
    String commune = Api.createCommune("04", "Xã xuất");
    Api.createPoint(model, commune, "2020-01-01", 2, 9);
    Api.createPoint(model, commune, "2020-02-01", 3, 12);
    String csv =
        given()
            .accept("text/csv")
            .queryParam("modelCode", model)
            .get("/api/v1/replication-points")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String[] lines = csv.split("\n");
    org.assertj.core.api.Assertions.assertThat(lines).hasSize(3);
    org.assertj.core.api.Assertions.assertThat(lines[0])
        .startsWith("\uFEFFid,externalId,modelCode,communeCode,placeType");
    org.assertj.core.api.Assertions.assertThat(lines[2])
        .contains("," + model + "," + commune + ",VILLAGE,")
        .contains(",3,12,0,");
    given()
        .queryParam("format", "csv")
        .queryParam("provinceCode", "04")
        .queryParam("q", "xuat")
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString(model + ",Mô hình xuất,,RESIDENTIAL,04"));
  }
}
