package vn.antq.registry.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Reporting;
import vn.antq.registry.support.SignedIn;

/**
 * Completeness against a hand-computed fixture: one model of its own in province 11, so only these
 * points are expected, and indicators of its own, so its past values change no figure another test
 * counts.
 */
@QuarkusTest
class CompletenessTest extends SignedIn {

  private static final String PROVINCE = "11";

  private static void value(long point, String indicator, String period) {
    Api.postOutcomes(
        "[{\"indicatorCode\": \""
            + indicator
            + "\", \"period\": \""
            + period
            + "\", \"value\": 2, \"pointId\": "
            + point
            + "}]");
  }

  private static void retire(long point, String since) {
    Map<String, Object> body =
        given()
            .get("/api/v1/replication-points/" + point)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getMap("");
    body.put("status", "RETIRED");
    body.put("statusSince", since);
    Api.json().body(body).put("/api/v1/replication-points/" + point).then().statusCode(200);
  }

  @Test
  void countsExpectedReportedOnTimeLateAndMissing() {
    String tips = Reporting.indicator();
    String patrols = Reporting.indicator();
    String leaflets = Reporting.indicator();
    String commune = Api.createCommune(PROVINCE, "Xã báo cáo " + Api.unique("X"));
    String model = Api.createModel(PROVINCE, "Mô hình có báo cáo", "2023-01-01");
    long early = Api.createPoint(model, commune, "2024-01-10", 1, 5);
    long onLastDay = Api.createPoint(model, commune, "2024-03-31", 1, 5);
    long silent = Api.createPoint(model, commune, "2024-02-01", 1, 5);
    long afterward = Api.createPoint(model, commune, "2024-04-01", 1, 5);
    long retiredBefore = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long retiredDuring = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    long otherIndicator = Api.createPoint(model, commune, "2024-01-01", 1, 5);
    value(early, tips, "202403");
    value(early, patrols, "202403");
    value(onLastDay, patrols, "202403");
    value(silent, tips, "2024Q1"); // a coarser period is not March's report
    value(otherIndicator, leaflets, "202403");
    retire(retiredBefore, "2024-02-29");
    retire(retiredDuring, "2024-03-15");

    String monthly = Reporting.obligation("POINT", "MONTH", model, 5, List.of(tips, patrols));
    // Expected: early, onLastDay, silent, retiredDuring, otherIndicator; the values are stored
    // today, long after 2024-04-05.
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", PROVINCE)
        .get("/api/v1/reporting-obligations/" + monthly + "/completeness")
        .then()
        .statusCode(200)
        .body("obligationCode", equalTo(monthly))
        .body("period", equalTo("202403"))
        .body("provinceCode", equalTo(PROVINCE))
        .body("dueDate", equalTo("2024-04-05"))
        .body("expected", equalTo(5))
        .body("reported", equalTo(2))
        .body("onTime", equalTo(0))
        .body("late", equalTo(2))
        .body("missing", equalTo(3));

    // This month, whose due date is still ahead: a value stored now is on time. Points retired
    // earlier are not expected; the one established in April 2024 is.
    String thisMonth =
        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7).replace("-", "");
    value(afterward, tips, thisMonth);
    given()
        .queryParam("period", thisMonth)
        .get("/api/v1/reporting-obligations/" + monthly + "/completeness")
        .then()
        .statusCode(200)
        .body("provinceCode", equalTo(null))
        .body("expected", equalTo(5))
        .body("reported", equalTo(1))
        .body("onTime", equalTo(1))
        .body("late", equalTo(0))
        .body("missing", equalTo(4));
  }

  private static long point(String model, String commune, String place, String established) {
    Map<String, Object> body = Api.point(model, commune, place, established);
    body.put("teamCount", 1);
    body.put("memberCount", 5);
    body.put("coreMemberCount", 0);
    return Api.createPoint(body);
  }

  /** The group of one code in a completeness answer, as a map of its fields. */
  private static Map<String, Object> group(List<Map<String, Object>> groups, String code) {
    return groups.stream().filter(g -> code.equals(g.get("code"))).findFirst().orElseThrow();
  }

  private static Map<String, Object> counts(
      String code, String name, int expected, int reported, int onTime, int late, int missing) {
    Map<String, Object> counts = new HashMap<>();
    counts.put("code", code);
    counts.put("name", name);
    counts.put("expected", expected);
    counts.put("reported", reported);
    counts.put("onTime", onTime);
    counts.put("late", late);
    counts.put("missing", missing);
    return counts;
  }

  @Test
  void groupsByProvinceAndCommuneAndListsTheLateAndMissingPoints() {
    String tips = Reporting.indicator();
    String patrols = Reporting.indicator();
    String suffix = Api.unique("G");
    String first = Api.createCommune(PROVINCE, "Xã nhóm một " + suffix);
    String second = Api.createCommune(PROVINCE, "Xã nhóm hai " + suffix);
    String none = Api.createCommune(PROVINCE, "Xã không điểm " + suffix);
    String model = Api.createModel(PROVINCE, "Mô hình chia nhóm", "2023-01-01");
    long firstLate = point(model, first, "Thôn A", "2024-01-10");
    long firstSilent = point(model, first, "Thôn B", "2024-02-01");
    long firstApril = point(model, first, "Thôn C", "2024-04-01"); // not expected in March
    long secondLate = point(model, second, "Thôn A", "2024-01-01");
    long secondRetiredDuring = point(model, second, "Thôn B", "2024-01-01");
    long secondRetiredBefore = point(model, second, "Thôn C", "2024-01-01");
    value(firstLate, tips, "202403");
    value(secondLate, patrols, "202403");
    value(secondRetiredBefore, tips, "202403"); // not expected, so it reports nothing
    retire(secondRetiredDuring, "2024-03-15");
    retire(secondRetiredBefore, "2024-02-29");
    String monthly = Reporting.obligation("POINT", "MONTH", model, 5, List.of(tips, patrols));
    String path = "/api/v1/reporting-obligations/" + monthly + "/completeness";

    // Expected: two points in each of the first two communes, one late and one missing in each.
    List<Map<String, Object>> communes =
        given()
            .queryParam("period", "202403")
            .queryParam("provinceCode", PROVINCE)
            .queryParam("groupBy", "commune")
            .get(path)
            .then()
            .statusCode(200)
            .body("expected", equalTo(4))
            .body("reported", equalTo(2))
            .body("onTime", equalTo(0))
            .body("late", equalTo(2))
            .body("missing", equalTo(2))
            .extract()
            .jsonPath()
            .getList("groups");
    assertThat(group(communes, first))
        .isEqualTo(counts(first, "Xã nhóm một " + suffix, 2, 1, 0, 1, 1));
    assertThat(group(communes, second))
        .isEqualTo(counts(second, "Xã nhóm hai " + suffix, 2, 1, 0, 1, 1));
    assertThat(group(communes, none))
        .isEqualTo(counts(none, "Xã không điểm " + suffix, 0, 0, 0, 0, 0));
    List<String> codes = communes.stream().map(g -> (String) g.get("code")).toList();
    assertThat(codes).isSorted().doesNotHaveDuplicates();
    // Only this model's points are expected, so every other commune of the province counts none.
    assertThat(communes)
        .filteredOn(g -> !List.of(first, second).contains(g.get("code")))
        .allMatch(g -> g.get("expected").equals(0));

    // Nationwide by province: every province, by code; all the counts are in province 11.
    List<Map<String, Object>> byProvince =
        given()
            .queryParam("period", "202403")
            .queryParam("groupBy", "province")
            .get(path)
            .then()
            .statusCode(200)
            .body("expected", equalTo(4))
            .extract()
            .jsonPath()
            .getList("groups");
    assertThat(byProvince).hasSize(34);
    assertThat(byProvince.stream().map(g -> (String) g.get("code")).toList()).isSorted();
    assertThat(group(byProvince, PROVINCE))
        .containsEntry("expected", 4)
        .containsEntry("reported", 2)
        .containsEntry("onTime", 0)
        .containsEntry("late", 2)
        .containsEntry("missing", 2);
    assertThat(byProvince)
        .filteredOn(g -> !PROVINCE.equals(g.get("code")))
        .allMatch(g -> g.get("expected").equals(0));
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", PROVINCE)
        .queryParam("groupBy", "province")
        .get(path)
        .then()
        .statusCode(200)
        .body("groups.code", contains(PROVINCE));
    given()
        .queryParam("period", "202403")
        .get(path)
        .then()
        .statusCode(200)
        .body("groups", hasSize(0));

    // The reminder list: by province, commune, place name; late points carry their first value.
    String units = path + "/units";
    boolean firstBefore = first.compareTo(second) < 0;
    List<Long> all =
        firstBefore
            ? List.of(firstLate, firstSilent, secondLate, secondRetiredDuring)
            : List.of(secondLate, secondRetiredDuring, firstLate, firstSilent);
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", PROVINCE)
        .get(units)
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items.pointId", contains(all.stream().map(Long::intValue).toArray()))
        .body("items.state", contains("LATE", "MISSING", "LATE", "MISSING"));
    given()
        .queryParam("period", "202403")
        .queryParam("state", "late")
        .get(units)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.state", everyItem(equalTo("LATE")))
        .body("items.firstValueAt", everyItem(notNullValue()))
        .body("items.modelCode", everyItem(equalTo(model)))
        .body("items.provinceCode", everyItem(equalTo(PROVINCE)));
    given()
        .queryParam("period", "202403")
        .queryParam("communeCode", second)
        .queryParam("state", "missing")
        .get(units)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].pointId", equalTo((int) secondRetiredDuring))
        .body("items[0].placeName", equalTo("Thôn B"))
        .body("items[0].communeCode", equalTo(second))
        .body("items[0].state", equalTo("MISSING"))
        .body("items[0].firstValueAt", nullValue());
    for (int page = 0; page < 4; page++) {
      given()
          .queryParam("period", "202403")
          .queryParam("provinceCode", PROVINCE)
          .queryParam("size", 1)
          .queryParam("page", page)
          .get(units)
          .then()
          .statusCode(200)
          .body("page", equalTo(page))
          .body("size", equalTo(1))
          .body("total", equalTo(4))
          .body("items.pointId", contains(all.get(page).intValue()));
    }
    given()
        .queryParam("period", "202403")
        .queryParam("size", 3)
        .queryParam("page", 1)
        .get(units)
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items", hasSize(1));

    // This month: a point reporting before the due date leaves the list; the others, the April one
    // among them, are missing.
    String thisMonth =
        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString().substring(0, 7).replace("-", "");
    value(firstSilent, tips, thisMonth);
    given()
        .queryParam("period", thisMonth)
        .queryParam("communeCode", first)
        .get(units)
        .then()
        .statusCode(200)
        .body("items.pointId", contains((int) firstLate, (int) firstApril))
        .body("items.state", contains("MISSING", "MISSING"));
    given()
        .queryParam("period", thisMonth)
        .queryParam("provinceCode", PROVINCE)
        .queryParam("groupBy", "commune")
        .get(path)
        .then()
        .statusCode(200)
        .body("groups.find { it.code == '" + first + "' }.expected", equalTo(3))
        .body("groups.find { it.code == '" + first + "' }.onTime", equalTo(1))
        .body("groups.find { it.code == '" + first + "' }.missing", equalTo(2));
  }

  @Test
  void refusesGroupingsAndListFiltersItCannotAnswer() {
    String model = Api.createModel(PROVINCE, "Mô hình kiểm tra nhóm", "2023-01-01");
    String monthly = Reporting.obligation("POINT", "MONTH", model, 5, List.of("TIPS_RECEIVED"));
    String path = "/api/v1/reporting-obligations/" + monthly + "/completeness";
    given()
        .queryParam("period", "202403")
        .queryParam("groupBy", "commune")
        .get(path)
        .then()
        .statusCode(400)
        .body("errors.field", contains("groupBy"));
    given()
        .queryParam("period", "202403")
        .queryParam("groupBy", "district")
        .get(path)
        .then()
        .statusCode(400)
        .body("errors.field", contains("groupBy"));
    String commune = Api.createCommune(PROVINCE, "Xã lọc " + Api.unique("L"));
    given()
        .queryParam("period", "202403")
        .queryParam("state", "done")
        .get(path + "/units")
        .then()
        .statusCode(400)
        .body("errors.field", contains("state"));
    given()
        .queryParam("period", "202403")
        .queryParam("communeCode", "00000")
        .get(path + "/units")
        .then()
        .statusCode(400)
        .body("errors.field", contains("communeCode"));
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", "12")
        .queryParam("communeCode", commune)
        .get(path + "/units")
        .then()
        .statusCode(400)
        .body("errors.field", contains("communeCode"));
    given().get(path + "/units").then().statusCode(400).body("errors.field", contains("period"));
    // Province obligations list provinces.
    given()
        .queryParam("period", "2024S1")
        .queryParam("provinceCode", "01")
        .get("/api/v1/reporting-obligations/PROVINCE_HALF_YEAR/completeness/units")
        .then()
        .statusCode(200)
        .body("items.unitType", everyItem(equalTo("PROVINCE")))
        .body("items.unit", everyItem(equalTo("01")));
  }

  @Test
  void refusesPeriodsOfAnotherFrequencyAndUnknownProvincesButAnswersOtherLevels() {
    String model = Api.createModel(PROVINCE, "Mô hình kiểm tra kỳ", "2023-01-01");
    String monthly = Reporting.obligation("POINT", "MONTH", model, 5, List.of("TIPS_RECEIVED"));
    String path = "/api/v1/reporting-obligations/" + monthly + "/completeness";
    given().queryParam("period", "2024Q1").get(path).then().statusCode(400);
    given().queryParam("period", "2024-03").get(path).then().statusCode(400);
    given().get(path).then().statusCode(400);
    given()
        .queryParam("period", "202403")
        .queryParam("provinceCode", "99")
        .get(path)
        .then()
        .statusCode(400);
    // Every province is expected to send its six-month report.
    given()
        .queryParam("period", "2024S1")
        .get("/api/v1/reporting-obligations/PROVINCE_HALF_YEAR/completeness")
        .then()
        .statusCode(200)
        .body("expected", equalTo(34))
        .body("inForce", equalTo(true));
    given()
        .queryParam("period", "202403")
        .get("/api/v1/reporting-obligations/NO_SUCH/completeness")
        .then()
        .statusCode(404);
  }
}
