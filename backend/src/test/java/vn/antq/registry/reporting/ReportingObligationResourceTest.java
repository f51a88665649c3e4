package vn.antq.registry.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

@QuarkusTest
class ReportingObligationResourceTest extends SignedIn {

  private static final String PATH = "/api/v1/reporting-obligations";

  private static Map<String, Object> body(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Báo cáo thử hằng quý");
    body.put("indicatorCodes", List.of("TIPS_RECEIVED", "CASES_SOLVED"));
    body.put("frequency", "QUARTER");
    body.put("reporterLevel", "COMMUNE");
    body.put("dueDaysAfterEnd", 10);
    body.put("validFrom", "2024-01-01");
    return body;
  }

  private static String code() {
    return Api.unique("OBL").replace('-', '_');
  }

  @Test
  void theDemoHasTheArticlesObligations() {
    given()
        .get(PATH + "/POINT_MONTHLY")
        .then()
        .statusCode(200)
        .body("frequency", equalTo("MONTH"))
        .body("reporterLevel", equalTo("POINT"))
        .body("appliesTo", equalTo("ALL"))
        .body("dueDaysAfterEnd", equalTo(5))
        .body("indicatorCodes", hasItems("TIPS_RECEIVED", "CASES_SOLVED", "PATROLS"));
    given()
        .queryParam("frequency", "HALF")
        .queryParam("reporterLevel", "PROVINCE")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.code", hasItem("PROVINCE_HALF_YEAR"))
        .body("items.frequency", everyItem(equalTo("HALF")))
        .body("items.reporterLevel", everyItem(equalTo("PROVINCE")));
    given()
        .get(PATH + "/PROVINCE_HALF_YEAR")
        .then()
        .body("indicatorCodes", hasItems("TIPS_RECEIVED", "FIRECRACKERS_KG", "POPPY_PLANTS"));
    given()
        .get(PATH + "/PROVINCE_YEARLY")
        .then()
        .statusCode(200)
        .body("frequency", equalTo("YEAR"))
        .body("reporterLevel", equalTo("PROVINCE"));
  }

  @Test
  void createsReadsAndUpdatesWithVersionsAndAudit() {
    String code = code();
    Response created = Api.json().body(body(code)).post(PATH);
    created.then().statusCode(201).header("ETag", "\"0\"");
    assertThat(created.header("Location")).endsWith(PATH + "/" + code);
    created
        .then()
        .body("code", equalTo(code))
        .body("indicatorCodes", contains("TIPS_RECEIVED", "CASES_SOLVED"))
        .body("appliesTo", equalTo("ALL"))
        .body("modelCodes", equalTo(List.of()))
        .body("categoryCode", nullValue())
        .body("validTo", nullValue());
    given().get(PATH + "/" + code).then().statusCode(200).header("ETag", "\"0\"");

    Map<String, Object> changed = body(code);
    changed.put("name", "  Báo cáo thử hằng quý (sửa)  ");
    changed.put("indicatorCodes", List.of("PATROLS"));
    changed.put("appliesTo", "CATEGORY");
    changed.put("categoryCode", "SCHOOL");
    changed.put("validTo", "2030-12-31");
    Api.json()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(PATH + "/" + code)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("Báo cáo thử hằng quý (sửa)"))
        .body("indicatorCodes", contains("PATROLS"))
        .body("categoryCode", equalTo("SCHOOL"))
        .body("validTo", equalTo("2030-12-31"));
    Api.json()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(PATH + "/" + code)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");

    String model = Api.createModel("11", "Mô hình có nghĩa vụ", "2024-01-01");
    Map<String, Object> models = body(code);
    models.put("appliesTo", "MODELS");
    models.put("modelCodes", List.of(model));
    Api.json()
        .body(models)
        .put(PATH + "/" + code)
        .then()
        .statusCode(200)
        .body("modelCodes", contains(model))
        .body("categoryCode", nullValue());

    Api.audit("reporting-obligation", code)
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.action", contains("UPDATE", "UPDATE", "CREATE"));

    Map<String, Object> renamed = body("OTHER_CODE");
    Api.json().body(renamed).put(PATH + "/" + code).then().statusCode(422);
    Api.json().body(body(code)).post(PATH).then().statusCode(409);
    given().get(PATH + "/NO_SUCH_OBLIGATION").then().statusCode(404);
  }

  @Test
  void namesEveryBadReference() {
    Map<String, Object> bad = body(code());
    bad.put("indicatorCodes", List.of("TIPS_RECEIVED", "NO_SUCH_INDICATOR", "TIPS_RECEIVED"));
    bad.put("appliesTo", "CATEGORY");
    bad.put("categoryCode", "NO_SUCH_CATEGORY");
    bad.put("validFrom", "2024-06-01");
    bad.put("validTo", "2024-05-31");
    Api.json()
        .body(bad)
        .post(PATH)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            contains("indicatorCodes[1]", "indicatorCodes[2]", "categoryCode", "validTo"))
        .body(
            "errors[0].message",
            equalTo("Không có chỉ tiêu mã 'NO_SUCH_INDICATOR' (unknown indicator)"));

    Map<String, Object> models = body(code());
    models.put("appliesTo", "MODELS");
    models.put("modelCodes", List.of("NO-SUCH-MODEL"));
    Api.json()
        .body(models)
        .post(PATH)
        .then()
        .statusCode(422)
        .body("errors.field", contains("modelCodes[0]"))
        .body("errors[0].message", equalTo("Không có mô hình mã 'NO-SUCH-MODEL' (unknown model)"));

    Map<String, Object> noModels = body(code());
    noModels.put("appliesTo", "MODELS");
    Api.json()
        .body(noModels)
        .post(PATH)
        .then()
        .statusCode(422)
        .body("errors.field", contains("modelCodes"));

    Map<String, Object> noCategory = body(code());
    noCategory.put("appliesTo", "CATEGORY");
    noCategory.put("modelCodes", List.of("LCU-DHTQ"));
    Api.json()
        .body(noCategory)
        .post(PATH)
        .then()
        .statusCode(422)
        .body("errors.field", contains("categoryCode", "modelCodes"));
  }

  @Test
  void refusesMalformedFields() {
    Map<String, Object> frequency = body(code());
    frequency.put("frequency", "WEEK");
    Api.json()
        .body(frequency)
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", contains("frequency"));

    Map<String, Object> empty = body(code());
    empty.put("indicatorCodes", List.of());
    empty.put("dueDaysAfterEnd", -1);
    empty.remove("validFrom");
    empty.remove("reporterLevel");
    Api.json()
        .body(empty)
        .post(PATH)
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            hasItems("indicatorCodes", "dueDaysAfterEnd", "validFrom", "reporterLevel"));

    given().queryParam("frequency", "WEEK").get(PATH).then().statusCode(400);
    given().queryParam("activeOn", "30/06/2024").get(PATH).then().statusCode(400);
  }

  @Test
  void onlyCentralAdministratorsWriteAndEveryoneSignedInReads() {
    String code = code();
    Api.json().body(body(code)).post(PATH).then().statusCode(201);
    for (String token :
        List.of(
            Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12"),
            Tokens.of("central.viewer", Role.CENTRAL_VIEWER, null))) {
      given()
          .auth()
          .oauth2(token)
          .contentType("application/json")
          .body(body(code()))
          .post(PATH)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      given()
          .auth()
          .oauth2(token)
          .contentType("application/json")
          .body(body(code))
          .put(PATH + "/" + code)
          .then()
          .statusCode(403);
      given().auth().oauth2(token).get(PATH + "/" + code).then().statusCode(200);
    }
    Api.audit("reporting-obligation", code).body("total", equalTo(1));
    given().auth().none().get(PATH).then().statusCode(401);
  }

  @Test
  void pagesAndFiltersByTheDayInForce() {
    String ended = code();
    Map<String, Object> old = body(ended);
    old.put("validFrom", "2018-01-01");
    old.put("validTo", "2020-12-31");
    Api.json().body(old).post(PATH).then().statusCode(201);

    given()
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("page", equalTo(1))
        .body("size", equalTo(1))
        .body("total", greaterThanOrEqualTo(4));
    given()
        .queryParam("activeOn", "2019-06-30")
        .queryParam("size", 500)
        .get(PATH)
        .then()
        .body("items.code", hasItems(ended, "POINT_MONTHLY"));
    given()
        .queryParam("activeOn", "2024-06-30")
        .queryParam("size", 500)
        .get(PATH)
        .then()
        .body("items.code", not(hasItem(ended)))
        .body("items.code", hasItem("POINT_MONTHLY"));
    given().queryParam("size", 0).get(PATH).then().statusCode(400);
  }
}
