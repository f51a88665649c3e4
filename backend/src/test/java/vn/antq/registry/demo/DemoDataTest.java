package vn.antq.registry.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;

/**
 * The demo data reproduces the figures table of DOMAIN.md through the summary endpoints, in today's
 * provinces (Bạc Liêu is in Cà Mau, Hà Giang in Tuyên Quang, Lào Cai absorbed Yên Bái).
 */
@QuarkusTest
class DemoDataTest extends SignedIn {

  @jakarta.inject.Inject DemoDataLoader loader;

  private static JsonPath summary(String province, String period) {
    return given()
        .queryParam("period", period)
        .get("/api/v1/provinces/" + province + "/summary")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Each named count of a summary, as the figures table gives it. */
  private static void hasCounts(JsonPath summary, Map<String, Long> expected) {
    expected.forEach((name, value) -> assertThat(summary.getLong(name)).as(name).isEqualTo(value));
  }

  private static Map<String, BigDecimal> outcomes(JsonPath summary) {
    Map<String, BigDecimal> values = new HashMap<>();
    for (Map<String, Object> row : summary.<Map<String, Object>>getList("outcomes")) {
      values.put(
          (String) row.get("indicatorCode"), new BigDecimal(String.valueOf(row.get("value"))));
    }
    return values;
  }

  @Test
  void laiChau2017And2024() {
    JsonPath y2017 = summary("12", "2017");
    hasCounts(
        y2017,
        Map.of("modelCount", 32L, "pointCount", 250L, "teamCount", 5817L, "memberCount", 35122L));
    JsonPath y2024 = summary("12", "2024");
    hasCounts(y2024, Map.of("modelCount", 51L, "pointCount", 591L));
  }

  @Test
  void laiChauFirstHalf2024() {
    Map<String, BigDecimal> values = outcomes(summary("12", "2024S1"));
    assertThat(values)
        .containsEntry("TIPS_RECEIVED", new BigDecimal("549"))
        .containsEntry("CASES_SOLVED", new BigDecimal("673"))
        .containsEntry("SUBJECTS_HANDLED", new BigDecimal("903"))
        .containsEntry("WANTED_SURRENDERED", new BigDecimal("17"))
        .containsEntry("WEAPONS_HANDED_IN", new BigDecimal("259"))
        .containsEntry("FIRECRACKERS_KG", new BigDecimal("292.24"))
        .containsEntry("POPPY_AREA_M2", new BigDecimal("3305"))
        .containsEntry("POPPY_PLANTS", new BigDecimal("3679"))
        .containsEntry("DRUG_USERS_REHAB", new BigDecimal("111"));
    // The same figures through the generic totals, grouped by province and indicator.
    given()
        .queryParam("groupBy", "provinceCode,indicatorCode")
        .queryParam("period", "2024S1")
        .queryParam("provinceCode", "12")
        .queryParam("indicatorCode", "TIPS_RECEIVED")
        .get("/api/v1/outcomes/summary")
        .then()
        .body("items[0].provinceCode", equalTo("12"))
        .body("items[0].value", equalTo(549));
  }

  @Test
  void laoCai2019() {
    JsonPath y2019 = summary("15", "2019");
    hasCounts(y2019, Map.of("modelCount", 43L, "pointCount", 762L));
  }

  @Test
  void bacLieuNowCaMau2023() {
    JsonPath y2023 = summary("96", "2023");
    hasCounts(
        y2023,
        Map.of(
            "modelCount",
            50L,
            "pointCount",
            263L,
            "teamCount",
            1522L,
            "memberCount",
            22000L,
            "nationalModelCount",
            9L));
    assertThat(outcomes(y2023))
        .containsEntry("TIPS_RECEIVED", new BigDecimal("1994"))
        .containsEntry("WEAPONS_HANDED_IN", new BigDecimal("2278"))
        .containsEntry("DISPUTES_MEDIATED", new BigDecimal("384"))
        .containsEntry("CAMPAIGNS_HELD", new BigDecimal("1406"))
        .containsEntry("ATTENDEES", new BigDecimal("131274"))
        .containsEntry("LEAFLETS", new BigDecimal("155853"))
        .containsEntry("PATROLS", new BigDecimal("731"));
  }

  @Test
  void quangBinhNowTuyenQuang2020() {
    JsonPath y2020 = summary("08", "2020");
    hasCounts(y2020, Map.of("pointCount", 42L));
    assertThat(outcomes(y2020))
        .containsEntry("VALUABLE_TIPS", new BigDecimal("98"))
        .containsEntry("WEAPONS_HANDED_IN", new BigDecimal("23"))
        .containsEntry("KNIVES_HANDED_IN", new BigDecimal("86"));
    Map<String, Integer> byType = new HashMap<>();
    for (String type : List.of("CLAN", "VILLAGE", "AGENCY", "SCHOOL", "OTHER")) {
      byType.put(
          type,
          given()
              .queryParam("provinceCode", "08")
              .queryParam("placeType", type)
              .queryParam("size", 1)
              .get("/api/v1/replication-points")
              .then()
              .statusCode(200)
              .extract()
              .path("total"));
    }
    // 12 clans, 24 villages, 1 agency, 2 schools, and 1 child-protection + 2 reintegration points.
    assertThat(byType)
        .containsEntry("CLAN", 12)
        .containsEntry("VILLAGE", 24)
        .containsEntry("AGENCY", 1)
        .containsEntry("SCHOOL", 2)
        .containsEntry("OTHER", 3);
  }

  @Test
  void namedModelsAreFoundWithoutDiacritics() {
    given()
        .queryParam("q", "tai hoa nhap cong dong")
        .queryParam("provinceCode", "12")
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    given()
        .queryParam("q", "dong ho tu quan")
        .queryParam("provinceCode", "08")
        .get("/api/v1/models")
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void loadsOnlyOnce() {
    long before =
        given()
            .queryParam("provinceCode", "96")
            .queryParam("size", 1)
            .get("/api/v1/replication-points")
            .then()
            .extract()
            .jsonPath()
            .getLong("total");
    loader.loadOnce();
    given()
        .queryParam("provinceCode", "96")
        .queryParam("size", 1)
        .get("/api/v1/replication-points")
        .then()
        .body("total", equalTo((int) before));
  }
}
