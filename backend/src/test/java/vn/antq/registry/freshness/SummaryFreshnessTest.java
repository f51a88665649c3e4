package vn.antq.registry.freshness;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.summary.SummaryService;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;

/**
 * Summaries are kept per data generation: a kept answer is given out again, and every kind of write
 * is visible in the very next read (read-your-writes through the cache).
 */
@QuarkusTest
class SummaryFreshnessTest extends SignedIn {

  @Inject DataGeneration generation;
  @Inject SummaryService summaries;

  @Test
  void aKeptSummaryIsGivenOutAgainUntilTheNextWrite() {
    Period year = Period.tryParse("2019").orElseThrow();
    Object first = summaries.province("11", year);
    assertSame(first, summaries.province("11", year), "the second read is the kept answer");
    Api.createModel("11", "Mô hình giữ kết quả", "2019-01-01");
    assertTrue(first != summaries.province("11", year), "a write ends the kept answer");
  }

  @Test
  void readsLeaveTheGenerationAlone() {
    Api.createModel("11", "Mô hình đọc", "2019-01-01");
    long before = generation.current();
    for (String path :
        List.of(
            "/api/v1/summary?period=2019",
            "/api/v1/provinces/11/summary?period=2019",
            "/api/v1/summary/provinces?period=2019",
            "/api/v1/summary/communes?provinceCode=11&period=2019",
            "/api/v1/outcomes/summary?groupBy=provinceCode,indicatorCode&period=2019",
            "/api/v1/provinces/11",
            "/api/v1/models?provinceCode=11",
            "/api/v1/replication-points?provinceCode=11")) {
      given().get(path).then().statusCode(200);
    }
    // A read that opened a transaction would end every kept answer for nothing.
    assertEquals(before, generation.current(), "generation after the dashboard's reads");
  }

  @Test
  void everyKindOfWriteShowsInTheNextSummary() {
    String model = Api.createModel("11", "Mô hình tươi", "2019-01-01");
    String commune = Api.createCommune("11", "Xã Tươi");
    String path = "/api/v1/models/" + model + "/summary";
    assertEquals(0, summary(path).getInt("pointCount"));

    long point = Api.createPoint(model, commune, "2019-02-01", 2, 10);
    assertEquals(1, summary(path).getInt("pointCount"), "after creating a point");
    assertEquals(10, summary(path).getInt("memberCount"));

    Map<String, Object> body = Api.point(model, commune, "Thôn tươi", "2019-02-01");
    body.put("teamCount", 3);
    body.put("memberCount", 25);
    body.put("coreMemberCount", 0);
    Api.json().body(body).put("/api/v1/replication-points/" + point).then().statusCode(200);
    assertEquals(25, summary(path).getInt("memberCount"), "after updating the point");

    Api.postOutcomes(
        "[{\"indicatorCode\": \"PATROLS\", \"period\": \"201903\", \"value\": 6, \"pointId\": "
            + point
            + "}]");
    assertEquals(6, patrols(path), "after POST /outcomes");

    Imports.upload(
            "outcomes", "indicatorCode,period,value,pointId\nPATROLS,201904,5," + point + "\n", "")
        .statusCode(200);
    assertEquals(11, patrols(path), "after an import");

    given()
        .delete(
            "/api/v1/replication-points/" + Api.createPoint(model, commune, "2019-03-01", 1, 1));
    assertEquals(1, summary(path).getInt("pointCount"), "after deleting a point");
  }

  private static JsonPath summary(String path) {
    return given()
        .queryParam("period", "2019")
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static int patrols(String path) {
    List<Map<String, Object>> outcomes = summary(path).getList("outcomes");
    return outcomes.stream()
        .filter(o -> "PATROLS".equals(o.get("indicatorCode")))
        .mapToInt(o -> ((Number) o.get("value")).intValue())
        .sum();
  }
}
