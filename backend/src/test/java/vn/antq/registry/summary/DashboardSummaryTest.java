package vn.antq.registry.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;

/** The summaries the dashboard reads: the 34 provinces side by side, a province's communes. */
@QuarkusTest
class DashboardSummaryTest extends SignedIn {

  @Test
  void provinceComparisonAgreesWithEachProvinceSummary() {
    JsonPath all =
        given()
            .queryParam("period", "2024")
            .get("/api/v1/summary/provinces")
            .then()
            .statusCode(200)
            .body("period", equalTo("2024"))
            .body("asOf", equalTo("2024-12-31"))
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = all.getList("items");
    assertEquals(34, items.size());
    for (Map<String, Object> row : items) {
      JsonPath one =
          given()
              .queryParam("period", "2024")
              .get("/api/v1/provinces/" + row.get("provinceCode") + "/summary")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (String field :
          List.of(
              "modelCount",
              "nationalModelCount",
              "pointCount",
              "activePointCount",
              "teamCount",
              "memberCount",
              "communeCount",
              "coveredCommuneCount")) {
        assertEquals(
            one.getLong(field),
            ((Number) row.get(field)).longValue(),
            row.get("provinceCode") + " " + field);
      }
      // JsonPath reads a list's decimals as floats (0.8 becomes 0.800000011920929): compare at
      // float precision.
      assertEquals(
          one.getDouble("coverage"),
          ((Number) row.get("coverage")).doubleValue(),
          1e-6,
          row.get("provinceCode") + " coverage");
    }
    given().queryParam("period", "2024Q5").get("/api/v1/summary/provinces").then().statusCode(400);
  }

  @Test
  void communeBreakdownCountsWhatIsReplicatedInEachCommune() {
    String model = Api.createModel("04", "Mô hình xã", "2020-01-01");
    String other = Api.createModel("04", "Mô hình khác", "2020-01-01");
    String busy = Api.createCommune("04", "Xã Có Điểm");
    String empty = Api.createCommune("04", "Xã Chưa Có Điểm");
    Api.createPoint(model, busy, "2020-02-01", 2, 20);
    Api.createPoint(other, busy, "2021-02-01", 3, 30);

    JsonPath page =
        given()
            .queryParams(Map.of("provinceCode", "04", "size", 500))
            .get("/api/v1/summary/communes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> row = page.getMap("items.find { it.communeCode == '" + busy + "' }");
    assertEquals(2, row.get("modelCount"));
    assertEquals(2, row.get("pointCount"));
    assertEquals(5, row.get("teamCount"));
    assertEquals(50, row.get("memberCount"));
    assertEquals(true, row.get("covered"));
    assertEquals(
        false, page.getMap("items.find { it.communeCode == '" + empty + "' }").get("covered"));
    // As of the end of 2020 only the first point existed.
    given()
        .queryParams(Map.of("provinceCode", "04", "period", "2020", "size", 500))
        .get("/api/v1/summary/communes")
        .then()
        .body("items.find { it.communeCode == '" + busy + "' }.pointCount", equalTo(1));
    given()
        .queryParams(Map.of("provinceCode", "04", "sort", "-pointCount", "size", 1))
        .get("/api/v1/summary/communes")
        .then()
        .body("items", org.hamcrest.Matchers.hasSize(1))
        .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
    given()
        .queryParams(Map.of("provinceCode", "04", "sort", "password"))
        .get("/api/v1/summary/communes")
        .then()
        .spec(Problems.badRequest("sort"));
    given().get("/api/v1/summary/communes").then().spec(Problems.badRequest("provinceCode"));
    given().queryParam("provinceCode", "77").get("/api/v1/summary/communes").then().statusCode(404);
  }
}
