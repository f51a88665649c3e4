package vn.antq.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

/**
 * "Today" is Việt Nam's date. The clock stands at 00:30 on 1 April 2031 in Hà Nội, which is still
 * 31 March in UTC and years away from the machine's own clock: a server using either would fail
 * here.
 */
@QuarkusTest
class TodayInVietnamTest extends SignedIn {

  private static final Instant HALF_PAST_MIDNIGHT_IN_HANOI = Instant.parse("2031-03-31T17:30:00Z");

  @BeforeEach
  void standOnTheFixedInstant() {
    QuarkusMock.installMockForType(
        RegistryClock.fixed(HALF_PAST_MIDNIGHT_IN_HANOI, ZoneId.of("Asia/Ho_Chi_Minh")),
        RegistryClock.class);
  }

  private static Map<String, Object> model(String startedOn) {
    Map<String, Object> body = Api.model("11", "Mô hình hôm nay " + Api.unique("D"));
    if (startedOn != null) {
      body.put("startedOn", startedOn);
    }
    return body;
  }

  @Test
  void todayInVietnamIsNotTheFuture() {
    Api.json()
        .body(model("2031-04-01"))
        .post("/api/v1/models")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .body("startedOn", equalTo("2031-04-01"));
  }

  @Test
  void tomorrowInVietnamIsTheFuture() {
    Api.json()
        .body(model("2031-04-02"))
        .post("/api/v1/models")
        .then()
        .spec(Problems.badRequest("startedOn"));
  }

  @Test
  void statusDatesDefaultToTodayInVietnam() {
    Api.json()
        .body(model(null))
        .post("/api/v1/models")
        .then()
        .statusCode(201)
        .body("statusSince", equalTo("2031-04-01"));
  }

  @Test
  void aPointRetiresTodayInVietnam() {
    String commune = Api.createCommune("11", "Xã Hôm Nay " + Api.unique("X"));
    String modelCode = Api.createModel("11", "Mô hình điểm hôm nay", "2020-01-01");
    long id = Api.createPoint(modelCode, commune, "2021-01-01", 1, 5);
    String etag =
        given()
            .get("/api/v1/replication-points/" + id)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Map<String, Object> point =
        given().get("/api/v1/replication-points/" + id).then().extract().jsonPath().getMap("");
    point.put("status", "RETIRED");
    point.put("statusSince", "2031-04-01");
    Api.json()
        .header("If-Match", etag)
        .body(point)
        .put("/api/v1/replication-points/" + id)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .body("status", equalTo("RETIRED"))
        .body("statusSince", equalTo("2031-04-01"));
  }

  @Test
  void theRunningPeriodCountsAsOfTodayNotItsEnd() {
    given()
        .queryParam("period", "2031")
        .get("/api/v1/summary")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2031-04-01"));
    given()
        .queryParam("period", "2031Q1")
        .get("/api/v1/summary")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2031-03-31"));
    given().get("/api/v1/summary").then().statusCode(200).body("asOf", equalTo("2031-04-01"));
    given()
        .queryParam("period", "2031")
        .get("/api/v1/summary/provinces")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2031-04-01"));
    given()
        .queryParam("period", "2031")
        .get("/api/v1/provinces/12/summary")
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2031-04-01"));
  }

  @Test
  void anAuditDayIsTheDayInVietnam() {
    // 2031-04-01 in Hà Nội began at 2031-03-31T17:00Z: "from" a date is that instant, not midnight
    // UTC.
    given().queryParam("from", "2031-04-01").get("/api/v1/audit").then().statusCode(200);
  }
}
