package vn.antq.registry.validation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/** The on-demand list of violations by scope and period, and the check reporting calls. */
@QuarkusTest
class ViolationListTest extends SignedIn {

  private static final String PATH = Rules.PATH + "/violations";

  @Inject ValidationChecks checks;

  private static String value(String indicator, String period, Number value, String unit) {
    return "{\"indicatorCode\": \""
        + indicator
        + "\", \"period\": \""
        + period
        + "\", \"value\": "
        + value
        + ", "
        + unit
        + "}";
  }

  @Test
  void listsViolationsOfAScopeAndPeriodPageByPage() {
    String a = Rules.indicator();
    String b = Rules.indicator();
    String error = Rules.create(List.of(a), "LE", List.of(b), null, "ERROR", null);
    String warning = Rules.create(List.of(b), "GE", List.of(), 10, "WARNING", null);
    String commune = Api.createCommune("11", "Xã danh sách vi phạm");
    String other = Api.createCommune("11", "Xã khác");
    String model = Api.createModel("11", "Mô hình vi phạm", "2023-01-01");
    long point = Api.createPoint(model, commune, "2023-02-01", 1, 10);
    String atPoint = "\"pointId\": " + point;
    String atCommune = "\"communeCode\": \"" + commune + "\"";
    String atOther = "\"communeCode\": \"" + other + "\"";
    String atProvince = "\"provinceCode\": \"11\"";
    // Broken: the point in 202405 (3 > 2, and 2 < 10), the commune in 2024Q2 (5 > 4; 4 < 10),
    // the other commune in 2024S1 (b = 20: only the error), the province in 2024 (1 ≤ 30: none).
    // 2023 values lie outside the period asked.
    Api.postOutcomes(
        "["
            + String.join(
                ",",
                value(a, "202405", 3, atPoint),
                value(b, "202405", 2, atPoint),
                value(a, "2024Q2", 5, atCommune),
                value(b, "2024Q2", 4, atCommune),
                value(a, "2024S1", 21, atOther),
                value(b, "2024S1", 20, atOther),
                value(a, "2024", 1, atProvince),
                value(b, "2024", 30, atProvince),
                value(a, "2023", 9, atProvince),
                value(b, "2023", 1, atProvince))
            + "]");

    given()
        .queryParam("period", "2024")
        .queryParam("provinceCode", "11")
        .queryParam("ruleCode", error)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        // By commune, then unit key: the commune (C:…) before its point (P:…), then the other.
        .body("items.unitType", contains("COMMUNE", "POINT", "COMMUNE"));
    var all =
        given()
            .queryParam("period", "2024")
            .queryParam("provinceCode", "11")
            .queryParam("communeCode", commune)
            .queryParam("size", 500)
            .get(PATH)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(all.getList("items.ruleCode", String.class))
        .filteredOn(c -> c.equals(error) || c.equals(warning))
        .containsExactly(error, error, warning, warning);
    assertThat(all.getList("items.period", String.class))
        .filteredOn(p -> p.equals("202405") || p.equals("2024Q2"))
        .hasSize(4);

    given()
        .queryParam("period", "2024")
        .queryParam("pointId", point)
        .queryParam("importance", "WARNING")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].ruleCode", equalTo(warning))
        .body("items[0].leftValue", equalTo(2))
        .body("items[0].rightValue", equalTo(10))
        .body("items[0].pointId", equalTo((int) point))
        .body("items[0].communeCode", equalTo(commune))
        .body("items[0].period", equalTo("202405"));

    // A quarter holds its months only: the 2024S1 value is not inside 2024Q2.
    given()
        .queryParam("period", "2024Q2")
        .queryParam("provinceCode", "11")
        .queryParam("ruleCode", error)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("page", equalTo(1))
        .body("items", hasSize(1))
        .body("items[0].period", equalTo("202405"));
    given()
        .queryParam("period", "2023")
        .queryParam("provinceCode", "11")
        .queryParam("ruleCode", error)
        .get(PATH)
        .then()
        .body("total", equalTo(1))
        .body("items[0].unitType", equalTo("PROVINCE"))
        .body("items[0].leftValue", equalTo(9));

    // What reporting asks before a submission: errors only, of that very unit.
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    assertThat(checks.errors("2024", from, to, point, null, null))
        .extracting(ViolationDto::ruleCode, ViolationDto::period)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(error, "202405"));
    assertThat(checks.errors("2024", from, to, null, commune, null))
        .extracting(ViolationDto::period)
        .containsExactly("2024Q2", "202405");
    assertThat(checks.errors("2024", from, to, null, null, "11"))
        .filteredOn(v -> v.ruleCode().equals(error))
        .isEmpty();
    assertThat(checks.errors("2023", null, null, null, null, "11"))
        .filteredOn(v -> v.ruleCode().equals(error))
        .extracting(ViolationDto::leftValue)
        .extracting(java.math.BigDecimal::intValue)
        .containsExactly(9);
  }

  /** The seeded rules, errors and warnings alike, hold on every demo figure. */
  @Test
  void theDemoBreaksNoSeededRule() {
    for (String period : List.of("2019", "2020", "2022", "2023", "2024")) {
      for (String province : List.of("12", "15", "96", "08")) {
        given()
            .queryParam("period", period)
            .queryParam("provinceCode", province)
            .get(PATH)
            .then()
            .statusCode(200)
            .body("total", equalTo(0));
      }
    }
  }

  /** The README's example: valuable tips without tips received, in Hà Giang's 2020 figures. */
  @Test
  void theReadmeRuleFindsHaGiangsValuableTipsWithoutTips() {
    String body =
        "{\"code\": \"VALUABLE_TIPS_NEED_TIPS\", \"name\": \"Có tin báo có giá trị thì phải báo"
            + " cáo số tin báo tiếp nhận\", \"leftSide\": {\"indicatorCodes\": [\"VALUABLE_TIPS\"]},"
            + " \"operator\": \"LE\", \"rightSide\": {\"indicatorCodes\": [\"TIPS_RECEIVED\"]},"
            + " \"importance\": \"WARNING\", \"missingValues\": \"MISSING_AS_ZERO\"}";
    Api.json().body(body).post(Rules.PATH).then().statusCode(201);
    try {
      Api.json().body(body).post(Rules.PATH).then().statusCode(409);
      given()
          .queryParam("period", "2020")
          .queryParam("provinceCode", "08")
          .queryParam("size", 3)
          .get(PATH)
          .then()
          .statusCode(200)
          .body("total", org.hamcrest.Matchers.greaterThan(1))
          .body("items", hasSize(3))
          .body(
              "items.ruleCode", org.hamcrest.Matchers.everyItem(equalTo("VALUABLE_TIPS_NEED_TIPS")))
          .body("items.rightValue", org.hamcrest.Matchers.everyItem(equalTo(0)));
    } finally {
      given().delete(Rules.PATH + "/VALUABLE_TIPS_NEED_TIPS").then().statusCode(204);
    }
  }

  @Test
  void refusesAMissingOrBadPeriodAndBadFilters() {
    given().get(PATH).then().statusCode(400).body("errors.field", contains("period"));
    given().queryParam("period", "2024H1").get(PATH).then().statusCode(400);
    given()
        .queryParam("period", "2024")
        .queryParam("pointId", "x")
        .get(PATH)
        .then()
        .statusCode(400);
    given()
        .queryParam("period", "2024")
        .queryParam("importance", "FATAL")
        .get(PATH)
        .then()
        .statusCode(400);
  }
}
