package vn.antq.registry.point;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

/** Quiet points, as the dashboard lists them: active points that reported nothing lately. */
@QuarkusTest
class QuietPointsTest extends SignedIn {

  @Test
  void quietPointsAreActivePointsWithoutValuesInTheLastTwoPeriods() {
    Period last = Period.containing(Period.Type.QUARTER, LocalDate.now()).previous();
    Period first = last.previous();
    String model = Api.createModel("04", "Mô hình im lặng", "2019-01-01");
    String commune = Api.createCommune("04", "Xã Im Lặng");
    long silent = Api.createPoint(model, commune, "2019-02-01", 1, 10);
    long reporting = Api.createPoint(model, commune, "2019-02-01", 1, 10);
    long newcomer = Api.createPoint(model, commune, last.start().toString(), 1, 10);
    Api.postOutcomes(
        "[{\"indicatorCode\": \"PATROLS\", \"period\": \""
            + last.id()
            + "\", \"value\": 4, \"pointId\": "
            + reporting
            + "},"
            + "{\"indicatorCode\": \"PATROLS\", \"period\": \"2020Q1\", \"value\": 2, \"pointId\": "
            + silent
            + "}]");

    given()
        .queryParams(Map.of("communeCode", commune))
        .get("/api/v1/replication-points/quiet")
        .then()
        .statusCode(200)
        .body("periods", contains(first.id(), last.id()))
        .body("items.id", contains((int) silent))
        .body("items[0].lastReportedPeriod", equalTo("2020Q1"))
        .body("items[0].placeName", containsString("Thôn kiểm thử"))
        .body("total", equalTo(1));
    given()
        .queryParams(Map.of("communeCode", commune))
        .get("/api/v1/replication-points/quiet")
        .then()
        .body("items.id", not(hasItem((int) newcomer)));
    given()
        .queryParams(Map.of("communeCode", commune, "periodType", "YEAR"))
        .get("/api/v1/replication-points/quiet")
        .then()
        .statusCode(200)
        .body("periods", org.hamcrest.Matchers.hasSize(2));
    given()
        .queryParam("periodType", "WEEK")
        .get("/api/v1/replication-points/quiet")
        .then()
        .spec(Problems.badRequest("periodType"));
  }
}
