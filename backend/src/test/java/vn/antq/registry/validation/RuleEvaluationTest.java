package vn.antq.registry.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/** Each operator and missing-values policy against figures computed by hand. */
@QuarkusTest
class RuleEvaluationTest extends SignedIn {

  private static JsonPath post(String values) {
    return Api.json()
        .body("{\"values\": " + values + "}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String value(String indicator, String period, Number value, String commune) {
    return "{\"indicatorCode\": \""
        + indicator
        + "\", \"period\": \""
        + period
        + "\", \"value\": "
        + value
        + ", \"communeCode\": \""
        + commune
        + "\"}";
  }

  /** ruleCode → "left op right" of each violation in the answer. */
  private static Map<String, List<String>> violations(JsonPath answer) {
    List<Map<String, Object>> found = answer.getList("violations");
    return found.stream()
        .collect(
            Collectors.groupingBy(
                v -> (String) v.get("ruleCode"),
                Collectors.mapping(
                    v -> v.get("leftValue") + " " + v.get("operator") + " " + v.get("rightValue"),
                    Collectors.toList())));
  }

  @Test
  void everyOperatorComparesTheSumsOfItsSides() {
    String a = Rules.indicator();
    String b = Rules.indicator();
    String c = Rules.indicator();
    String lt = Rules.create(List.of(a), "LT", List.of(b, c), null, "WARNING", null);
    String le = Rules.create(List.of(a), "LE", List.of(b, c), null, "WARNING", null);
    String eq = Rules.create(List.of(a), "EQ", List.of(b, c), null, "ERROR", null);
    String ne = Rules.create(List.of(a), "NE", List.of(b, c), null, "ERROR", null);
    String ge = Rules.create(List.of(a), "GE", List.of(b, c), 1, "WARNING", null);
    String gt = Rules.create(List.of(a), "GT", List.of(b, c), null, "WARNING", null);
    String commune = Api.createCommune("01", "Xã quy tắc");

    // a = 5, b + c = 3 + 2 = 5: LT, NE, GE (5 ≥ 5 + 1) and GT fail; LE and EQ hold.
    JsonPath answer =
        post(
            "["
                + value(a, "202401", 5, commune)
                + ","
                + value(b, "202401", 3, commune)
                + ","
                + value(c, "202401", 2, commune)
                + "]");
    Map<String, List<String>> found = violations(answer);
    assertThat(found)
        .containsOnlyKeys(lt, ne, ge, gt)
        .containsEntry(lt, List.of("5 LT 5"))
        .containsEntry(ne, List.of("5 NE 5"))
        .containsEntry(ge, List.of("5 GE 6"))
        .containsEntry(gt, List.of("5 GT 5"));
    assertThat(found).doesNotContainKeys(le, eq);
    Map<String, Object> first = answer.getMap("violations.find { it.ruleCode == '" + ne + "' }");
    assertThat(first)
        .containsEntry("importance", "ERROR")
        .containsEntry("period", "202401")
        .containsEntry("unitType", "COMMUNE")
        .containsEntry("unitKey", "C:" + commune)
        .containsEntry("communeCode", commune)
        .containsEntry("provinceCode", "01")
        .containsEntry("pointId", null);
    assertThat((String) first.get("message")).contains("5 must be ≠ 5");

    // The rules read the stored values after the write: c alone changes, a and b are kept.
    // a = 5, b + c = 3 + 4 = 7: LT and LE hold, EQ fails, NE holds, GE and GT fail.
    Map<String, List<String>> after = violations(post("[" + value(c, "202401", 4, commune) + "]"));
    assertThat(after)
        .containsOnlyKeys(eq, ge, gt)
        .containsEntry(eq, List.of("5 EQ 7"))
        .containsEntry(ge, List.of("5 GE 8"))
        .containsEntry(gt, List.of("5 GT 7"));
  }

  @Test
  void missingValuesSkipOrCountAsZeroAsThePolicySays() {
    String a = Rules.indicator();
    String b = Rules.indicator();
    String c = Rules.indicator();
    String other = Rules.indicator();
    String any = Rules.create(List.of(a), "LE", List.of(b, c), null, "WARNING", null);
    String all =
        Rules.create(List.of(a), "LE", List.of(b, c), null, "WARNING", "SKIP_IF_ALL_MISSING");
    String zero = Rules.create(List.of(a), "LE", List.of(b, c), null, "WARNING", "MISSING_AS_ZERO");
    String commune = Api.createCommune("01", "Xã giá trị thiếu");

    // 202401: a = 4, b = 1, c missing. 202402: a = 4 alone. 202403: none of a, b, c.
    JsonPath answer =
        post(
            "["
                + value(a, "202401", 4, commune)
                + ","
                + value(b, "202401", 1, commune)
                + ","
                + value(a, "202402", 4, commune)
                + ","
                + value(other, "202403", 7, commune)
                + "]");
    List<Map<String, Object>> found = answer.getList("violations");
    List<String> seen =
        found.stream()
            .map(
                v ->
                    v.get("ruleCode")
                        + "@"
                        + v.get("period")
                        + ": "
                        + v.get("leftValue")
                        + " vs "
                        + v.get("rightValue"))
            .sorted()
            .toList();
    assertThat(seen)
        .containsExactlyInAnyOrder(
            all + "@202401: 4 vs 1", zero + "@202401: 4 vs 1", zero + "@202402: 4 vs 0");
    assertThat(seen).noneMatch(s -> s.startsWith(any + "@"));
  }

  @Test
  void aBatchWithoutBrokenRulesAnswersAnEmptyList() {
    String a = Rules.indicator();
    String b = Rules.indicator();
    Rules.create(List.of(a), "LE", List.of(b), null, "ERROR", null);
    String commune = Api.createCommune("01", "Xã hợp lệ");
    JsonPath answer =
        post("[" + value(a, "2024Q1", 1, commune) + "," + value(b, "2024Q1", 2, commune) + "]");
    assertThat(answer.getString("status")).isEqualTo("SUCCESS");
    assertThat(answer.getList("violations")).isEmpty();
  }
}
