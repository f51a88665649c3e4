package vn.antq.registry.outlier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/**
 * The outlier list against hand-built monthly histories of one point in province 01, with
 * indicators of its own so no other test's values take part; bounds; follow-up marks by every role
 * on its own and another unit, with their audit rows.
 */
@QuarkusTest
class OutlierResourceTest extends SignedIn {

  private static final String PROVINCE = "01";
  private static final String PROBLEM = "application/problem+json";

  private static String indicator() {
    String code = Api.unique("OUT_I").replace('-', '_');
    Api.json()
        .body(Map.of("code", code, "name", "Chỉ tiêu bất thường thử", "unit", "lần"))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  /** The values of 2023's months in order, then {@code january} for 202401. */
  private static void months(String indicator, long point, List<Integer> history, int january) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      values.add(
          value(
              indicator,
              String.format("2023%02d", 12 - history.size() + i + 1),
              point,
              history.get(i)));
    }
    values.add(value(indicator, "202401", point, january));
    Api.postOutcomes("[" + String.join(",", values) + "]");
  }

  private static String value(String indicator, String period, long point, int value) {
    return "{\"indicatorCode\": \""
        + indicator
        + "\", \"period\": \""
        + period
        + "\", \"value\": "
        + value
        + ", \"pointId\": "
        + point
        + "}";
  }

  private static long outcomeId(String indicator, String period, long point) {
    return given()
        .queryParam("indicatorCode", indicator)
        .queryParam("period", period)
        .queryParam("pointId", point)
        .get("/api/v1/outcomes")
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .extract()
        .jsonPath()
        .getLong("items[0].id");
  }

  private static RequestSpecification as(String username, String role, String unit) {
    return given()
        .auth()
        .oauth2(Tokens.of(username, role, unit))
        .contentType("application/json")
        .header("Accept-Language", "vi");
  }

  private static List<Integer> ordinary() {
    return List.of(3, 4, 3, 5, 4, 3, 4, 3, 5, 4, 3, 4);
  }

  private static List<Integer> zeros() {
    return java.util.Collections.nCopies(12, 0);
  }

  @Test
  void listsOutliersMostSevereFirstWithTheirHistories() {
    String commune = Api.createCommune(PROVINCE, "Xã bất thường " + Api.unique("O"));
    String model = Api.createModel(PROVINCE, "Mô hình bất thường", "2022-01-01");
    long point = Api.createPoint(model, commune, "2022-06-01", 1, 5);
    String spike = indicator();
    String oneAfterZeros = indicator();
    String fortyAfterZeros = indicator();
    String shortHistory = indicator();
    String bounded = indicator();
    months(spike, point, ordinary(), 40);
    months(oneAfterZeros, point, zeros(), 1);
    months(fortyAfterZeros, point, zeros(), 40);
    months(shortHistory, point, List.of(3, 4, 3), 40);
    months(bounded, point, List.of(3, 4, 3), 12);
    Api.json()
        .body(Map.of("max", 10))
        .put("/api/v1/outlier-bounds/" + bounded)
        .then()
        .statusCode(200)
        .body("indicatorCode", equalTo(bounded))
        .body("min", nullValue())
        .body("max", equalTo(10));

    // POISSON: log10 P(X ≥ 40 | 0.5) ≈ −60.17, severity 20.06; MAD: |z| 24.282 / 3.5 = 6.94;
    // BOUNDS: 1 + 2 / 10 = 1.2. The 1 after zeros (P = 0.39) and the short history are not listed.
    var page =
        given()
            .queryParam("period", "202401")
            .queryParam("communeCode", commune)
            .get("/api/v1/outliers")
            .then()
            .statusCode(200)
            .body("total", equalTo(3))
            .body("items.indicatorCode", contains(fortyAfterZeros, spike, bounded))
            .body("items.method", contains("POISSON", "MAD", "BOUNDS"))
            .extract()
            .jsonPath()
            // A tail probability of 1e-60 is below the smallest float.
            .using(
                JsonPathConfig.jsonPathConfig()
                    .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    assertThat(page.getMap("items[1]"))
        .containsEntry("outcomeId", (int) outcomeId(spike, "202401", point))
        .containsEntry("period", "202401")
        .containsEntry("unitType", "POINT")
        .containsEntry("unitKey", "P:" + point)
        .containsEntry("pointId", (int) point)
        .containsEntry("modelCode", model)
        .containsEntry("communeCode", commune)
        .containsEntry("provinceCode", PROVINCE)
        .containsEntry("value", 40)
        .containsEntry("score", 24.282)
        .containsEntry("median", 4)
        .containsEntry("mad", 1)
        .containsEntry("lowerBound", 0)
        .containsEntry("upperBound", 9.189)
        .containsEntry("followUp", null);
    assertThat(page.getList("items[1].history.period"))
        .containsExactly(
            "202301", "202302", "202303", "202304", "202305", "202306", "202307", "202308",
            "202309", "202310", "202311", "202312");
    assertThat(page.getList("items[1].history.value", Integer.class))
        .containsExactlyElementsOf(ordinary());
    assertThat(page.getMap("items[0]"))
        .containsEntry("median", 0)
        .containsEntry("mad", 0)
        .containsEntry("lowerBound", null)
        .containsEntry("upperBound", 5);
    assertThat(Math.log10(page.getDouble("items[0].score"))).isBetween(-60.2, -60.1);
    assertThat(page.getMap("items[2]"))
        .containsEntry("score", null)
        .containsEntry("median", null)
        .containsEntry("mad", null)
        .containsEntry("lowerBound", null)
        .containsEntry("upperBound", 10)
        .containsEntry("value", 12);
    assertThat(page.getList("items[2].history.value", Integer.class)).containsExactly(3, 4, 3);

    // Filters and paging: one indicator; the point; a page of one; another period has none.
    given()
        .queryParam("period", "202401")
        .queryParam("indicatorCode", spike)
        .queryParam("provinceCode", PROVINCE)
        .get("/api/v1/outliers")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].method", equalTo("MAD"));
    given()
        .queryParam("period", "202401")
        .queryParam("pointId", point)
        .queryParam("page", 1)
        .queryParam("size", 1)
        .get("/api/v1/outliers")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("page", equalTo(1))
        .body("items.indicatorCode", contains(spike));
    given()
        .queryParam("period", "202312")
        .queryParam("communeCode", commune)
        .get("/api/v1/outliers")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    // Without the bound, 12 after 3, 4, 3 has too short a history to judge.
    Api.json().delete("/api/v1/outlier-bounds/" + bounded).then().statusCode(204);
    given()
        .queryParam("period", "202401")
        .queryParam("communeCode", commune)
        .get("/api/v1/outliers")
        .then()
        .statusCode(200)
        .body("items.indicatorCode", contains(fortyAfterZeros, spike));
  }

  @Test
  void boundsAreAManagedListOfTheCentralAdministrators() {
    String code = indicator();
    String path = "/api/v1/outlier-bounds/" + code;
    Api.json().body(Map.of("min", 1, "max", 100)).put(path).then().statusCode(200);
    Api.json()
        .body(Map.of("min", 2.5))
        .put(path)
        .then()
        .statusCode(200)
        .body("min", equalTo(2.5f))
        .body("max", nullValue())
        .body("updatedBy", equalTo("central.admin"));
    given()
        .queryParam("size", 500)
        .get("/api/v1/outlier-bounds")
        .then()
        .statusCode(200)
        .body("items.indicatorCode", hasItem(code));
    Api.audit("outlier-bound", code)
        .statusCode(200)
        .body("items.action", contains("UPDATE", "CREATE"))
        .body("items[0].before.max", equalTo(100))
        .body("items[0].after.min", equalTo(2.5f));

    as("tinh.01", "province-officer", PROVINCE)
        .body(Map.of("max", 5))
        .put(path)
        .then()
        .statusCode(403)
        .contentType(startsWith(PROBLEM));
    as("tinh.01", "province-officer", PROVINCE).delete(path).then().statusCode(403);
    Api.json()
        .body(Map.of("min", 5, "max", 4))
        .put(path)
        .then()
        .statusCode(422)
        .contentType(startsWith(PROBLEM))
        .body("errors[0].field", equalTo("min"));
    Api.json().body(Map.of()).put(path).then().statusCode(422);
    Api.json()
        .body(Map.of("max", 4))
        .put("/api/v1/outlier-bounds/NO_SUCH_INDICATOR_X")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("indicatorCode"));
    Api.json()
        .body(Map.of("max", -1))
        .put(path)
        .then()
        .spec(Problems.badRequest("max"))
        .contentType(startsWith(PROBLEM));
    Api.json().body("{\"max\": 1, \"zz\": 2}").put(path).then().statusCode(400);

    Api.json().delete(path).then().statusCode(204);
    Api.json().delete(path).then().statusCode(404).contentType(startsWith(PROBLEM));
    Api.json().delete("/api/v1/outlier-bounds/a%20b").then().statusCode(404);
    Api.audit("outlier-bound", code).body("items.action", contains("DELETE", "UPDATE", "CREATE"));
  }

  @Test
  void followUpsByEveryRoleOnItsOwnAndAnotherUnitWithAudit() {
    String commune = Api.createCommune(PROVINCE, "Xã theo dõi " + Api.unique("F"));
    String other = Api.createCommune(PROVINCE, "Xã khác " + Api.unique("F"));
    String model = Api.createModel(PROVINCE, "Mô hình theo dõi", "2022-01-01");
    long point = Api.createPoint(model, commune, "2022-06-01", 1, 5);
    String spike = indicator();
    months(spike, point, ordinary(), 40);
    long id = outcomeId(spike, "202401", point);
    String body = "{\"outcomeId\": " + id + ", \"comment\": \"Gọi xã kiểm tra lại\"}";
    String path = "/api/v1/follow-ups/" + id;

    RequestSpecification viewer = as("viewer", "central-viewer", null);
    RequestSpecification otherCommune = as("xa.khac", "commune-officer", other);
    RequestSpecification ownCommune = as("xa.minh", "commune-officer", commune);
    RequestSpecification otherProvince = as("tinh.04", "province-officer", "04");
    RequestSpecification ownProvince = as("tinh.01", "province-officer", PROVINCE);

    for (RequestSpecification refused : List.of(viewer, otherCommune, otherProvince)) {
      refused
          .body(body)
          .post("/api/v1/follow-ups")
          .then()
          .statusCode(403)
          .contentType(startsWith(PROBLEM));
    }
    ownCommune
        .body(body)
        .post("/api/v1/follow-ups")
        .then()
        .statusCode(201)
        .header("Location", containsString(path))
        .body("outcomeId", equalTo((int) id))
        .body("indicatorCode", equalTo(spike))
        .body("value", equalTo(40))
        .body("communeCode", equalTo(commune))
        .body("comment", equalTo("Gọi xã kiểm tra lại"))
        .body("markedBy", equalTo("xa.minh"));
    Api.json().body(body).post("/api/v1/follow-ups").then().statusCode(409);
    viewer.get(path).then().statusCode(200).body("markedBy", equalTo("xa.minh"));
    given()
        .queryParam("period", "202401")
        .queryParam("indicatorCode", spike)
        .get("/api/v1/outliers")
        .then()
        .body("items[0].followUp.comment", equalTo("Gọi xã kiểm tra lại"))
        .body("items[0].followUp.markedBy", equalTo("xa.minh"));
    viewer
        .queryParam("communeCode", commune)
        .get("/api/v1/follow-ups")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].outcomeId", equalTo((int) id));
    given()
        .queryParam("communeCode", other)
        .get("/api/v1/follow-ups")
        .then()
        .body("total", equalTo(0));

    for (RequestSpecification refused : List.of(viewer, otherCommune, otherProvince)) {
      refused.delete(path).then().statusCode(403).contentType(startsWith(PROBLEM));
    }
    ownProvince.delete(path).then().statusCode(204);
    ownProvince.delete(path).then().statusCode(404).contentType(startsWith(PROBLEM));
    ownProvince.body(body).post("/api/v1/follow-ups").then().statusCode(201);
    ownCommune.delete(path).then().statusCode(204);
    Api.json().body(body).post("/api/v1/follow-ups").then().statusCode(201);
    Api.json().delete(path).then().statusCode(204);

    // Every mark and clear, newest first, with who and the comment, under the value's unit.
    var audit =
        Api.audit("follow-up", id)
            .statusCode(200)
            .body(
                "items.action",
                contains("DELETE", "CREATE", "DELETE", "CREATE", "DELETE", "CREATE"))
            .body(
                "items.username",
                contains(
                    "central.admin", "central.admin", "xa.minh", "tinh.01", "tinh.01", "xa.minh"))
            .body("items.provinceCode", not(hasItem(not(equalTo(PROVINCE)))))
            .body("items.communeCode", not(hasItem(not(equalTo(commune)))))
            .extract()
            .jsonPath();
    assertThat(audit.getString("items[5].after.comment")).isEqualTo("Gọi xã kiểm tra lại");
    assertThat(audit.getString("items[4].before.comment")).isEqualTo("Gọi xã kiểm tra lại");
    assertThat(audit.getString("items[4].after")).isNull();
  }

  @Test
  void provinceValuesAreMarkedByTheProvinceNotByItsCommunes() {
    String commune = Api.createCommune(PROVINCE, "Xã tỉnh " + Api.unique("P"));
    String code = indicator();
    Api.postOutcomes(
        "[{\"indicatorCode\": \""
            + code
            + "\", \"period\": \"2024\", \"value\": 7, \"provinceCode\": \""
            + PROVINCE
            + "\"}]");
    long id =
        given()
            .queryParam("indicatorCode", code)
            .get("/api/v1/outcomes")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    String body = "{\"outcomeId\": " + id + ", \"comment\": \"Số tỉnh cần đối chiếu\"}";
    as("xa.minh", "commune-officer", commune)
        .body(body)
        .post("/api/v1/follow-ups")
        .then()
        .statusCode(403);
    as("tinh.04", "province-officer", "04")
        .body(body)
        .post("/api/v1/follow-ups")
        .then()
        .statusCode(403);
    as("tinh.01", "province-officer", PROVINCE)
        .body(body)
        .post("/api/v1/follow-ups")
        .then()
        .statusCode(201)
        .body("unitType", equalTo("PROVINCE"))
        .body("communeCode", nullValue());
    Api.json().delete("/api/v1/follow-ups/" + id).then().statusCode(204);
  }

  @Test
  void badInputIsRefusedAsProblems() {
    given()
        .get("/api/v1/outliers")
        .then()
        .spec(Problems.badRequest("period"))
        .contentType(startsWith(PROBLEM));
    given()
        .queryParam("period", "2024M13")
        .get("/api/v1/outliers")
        .then()
        .spec(Problems.badRequest("period"));
    given()
        .queryParam("period", "202401")
        .queryParam("pointId", "abc")
        .get("/api/v1/outliers")
        .then()
        .spec(Problems.badRequest("pointId"));
    given()
        .queryParam("period", "202401")
        .queryParam("size", 0)
        .get("/api/v1/outliers")
        .then()
        .spec(Problems.badRequest("size"));
    given().queryParam("period", "1990").get("/api/v1/outliers").then().statusCode(200);
    Api.json()
        .body("{\"outcomeId\": 999999999, \"comment\": \"x\"}")
        .post("/api/v1/follow-ups")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("outcomeId"))
        .contentType(startsWith(PROBLEM));
    Api.json()
        .body("{\"outcomeId\": 1}")
        .post("/api/v1/follow-ups")
        .then()
        .spec(Problems.badRequest("comment"));
    Api.json()
        .body("{\"outcomeId\": 1, \"comment\": \"   \"}")
        .post("/api/v1/follow-ups")
        .then()
        .spec(Problems.badRequest("comment"));
    given().get("/api/v1/follow-ups/abc").then().statusCode(404).contentType(startsWith(PROBLEM));
    given().get("/api/v1/follow-ups/999999999").then().statusCode(404);
    Api.json().delete("/api/v1/follow-ups/999999999").then().statusCode(404);
    given()
        .queryParam("communeCode", "0 1")
        .get("/api/v1/follow-ups")
        .then()
        .spec(Problems.badRequest("communeCode"));
  }
}
