package vn.antq.registry.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

@QuarkusTest
class SummaryResourceTest extends SignedIn {

  @Test
  void modelSummaryCountsAsOfTheEndOfThePeriod() {
    String model = Api.createModel("19", "Mô hình tổng hợp", "2018-01-01");
    String a = Api.createCommune("19", "Xã A");
    String b = Api.createCommune("19", "Xã B");
    Api.createPoint(model, a, "2018-03-01", 2, 20);
    Api.createPoint(model, a, "2019-03-01", 3, 30);
    long dormant = Api.createPoint(model, b, "2019-05-01", 4, 40);
    Api.json()
        .body(
            Map.of(
                "modelCode",
                model,
                "communeCode",
                b,
                "placeType",
                "SCHOOL",
                "placeName",
                "Trường THCS B",
                "establishedOn",
                "2019-05-01",
                "status",
                "DORMANT",
                "teamCount",
                4,
                "memberCount",
                40))
        .put("/api/v1/replication-points/" + dormant)
        .then()
        .statusCode(200);
    Api.postOutcomes(
        "[{\"indicatorCode\": \"TIPS_RECEIVED\", \"period\": \"201902\", \"value\": 3, \"modelCode\": \""
            + model
            + "\", \"provinceCode\": \"19\"}, {\"indicatorCode\": \"TIPS_RECEIVED\", \"period\": \"201801\", \"value\": 50, \"modelCode\": \""
            + model
            + "\", \"provinceCode\": \"19\"}]");

    given()
        .queryParam("period", "2018")
        .get("/api/v1/models/" + model + "/summary")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2018-12-31"))
        .body("modelCount", equalTo(1))
        .body("pointCount", equalTo(1))
        .body("teamCount", equalTo(2))
        .body("memberCount", equalTo(20))
        .body("outcomes[0].indicatorCode", equalTo("TIPS_RECEIVED"))
        .body("outcomes[0].unit", equalTo("tin"))
        .body("outcomes[0].value", equalTo(50));
    given()
        .queryParam("period", "2019S1")
        .get("/api/v1/models/" + model + "/summary")
        .then()
        .body("pointCount", equalTo(3))
        .body("activePointCount", equalTo(2))
        .body("teamCount", equalTo(9))
        .body("memberCount", equalTo(90))
        .body("coveredCommuneCount", equalTo(1))
        .body("outcomes[0].value", equalTo(3));
    given()
        .queryParam("period", "2017")
        .get("/api/v1/models/" + model + "/summary")
        .then()
        .body("modelCount", equalTo(0))
        .body("pointCount", equalTo(0));
  }

  @Test
  void provinceAndNationalSummariesIncludeNewData() {
    String model = Api.createModel("20", "Mô hình tỉnh", "2015-01-01");
    String commune = Api.createCommune("20", "Xã phủ");
    int before =
        given()
            .get("/api/v1/provinces/20/summary")
            .then()
            .statusCode(200)
            .extract()
            .path("pointCount");
    int covered =
        given().get("/api/v1/provinces/20/summary").then().extract().path("coveredCommuneCount");
    Api.createPoint(model, commune, "2016-01-01", 1, 7);
    given()
        .get("/api/v1/provinces/20/summary")
        .then()
        .body("pointCount", equalTo(before + 1))
        .body("coveredCommuneCount", equalTo(covered + 1))
        .body("communeCount", greaterThanOrEqualTo(covered + 1));
    given()
        .queryParam("period", "2016")
        .get("/api/v1/summary")
        .then()
        .statusCode(200)
        .body("pointCount", greaterThanOrEqualTo(1))
        .body("period", equalTo("2016"));
    given().get("/api/v1/provinces/77/summary").then().statusCode(404);
    given().queryParam("period", "16").get("/api/v1/summary").then().statusCode(400);
  }
}
