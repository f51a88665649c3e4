package vn.antq.registry.validation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.security.Role;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

@QuarkusTest
class ValidationRuleResourceTest extends SignedIn {

  private static final String PATH = Rules.PATH;

  @Test
  void theSeededRulesCoverTheDemoIndicators() {
    given()
        .get(PATH + "/VALUABLE_TIPS_LE_TIPS")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("leftSide.indicatorCodes", contains("VALUABLE_TIPS"))
        .body("leftSide.constant", equalTo(0))
        .body("operator", equalTo("LE"))
        .body("rightSide.indicatorCodes", contains("TIPS_RECEIVED"))
        .body("importance", equalTo("ERROR"))
        .body("missingValues", equalTo("SKIP_IF_ANY_MISSING"));
    given()
        .queryParam("importance", "WARNING")
        .queryParam("size", 500)
        .get(PATH)
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "SUBJECTS_GE_CASES",
                "WANTED_LE_SUBJECTS",
                "ATTENDEES_GE_CAMPAIGNS",
                "OPINIONS_GE_FORUMS"))
        .body("items.importance", everyItem(equalTo("WARNING")));
  }

  @Test
  void createsReadsUpdatesAndDeletesWithVersionsAndAudit() {
    String a = Rules.indicator();
    String b = Rules.indicator();
    String code = Rules.code();
    Map<String, Object> body = Rules.body(code, List.of(a), "LE", List.of(b), 2.5, "ERROR", null);
    body.put("description", "  Mô tả  ");
    Response created = Api.json().body(body).post(PATH);
    created.then().statusCode(201).header("ETag", "\"0\"");
    assertThat(created.header("Location")).endsWith(PATH + "/" + code);
    created
        .then()
        .body("code", equalTo(code))
        .body("description", equalTo("Mô tả"))
        .body("leftSide.indicatorCodes", contains(a))
        .body("leftSide.constant", equalTo(0))
        .body("rightSide.indicatorCodes", contains(b))
        .body("rightSide.constant", equalTo(2.5f))
        .body("missingValues", equalTo("SKIP_IF_ANY_MISSING"));

    Map<String, Object> changed =
        Rules.body(code, List.of(a, b), "GT", List.of(), 100, "WARNING", "MISSING_AS_ZERO");
    Api.json()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(PATH + "/" + code)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("leftSide.indicatorCodes", contains(a, b))
        .body("rightSide.indicatorCodes", equalTo(List.of()))
        .body("rightSide.constant", equalTo(100))
        .body("operator", equalTo("GT"))
        .body("importance", equalTo("WARNING"))
        .body("missingValues", equalTo("MISSING_AS_ZERO"))
        .body("description", nullValue());
    Api.json()
        .header("If-Match", "\"0\"")
        .body(changed)
        .put(PATH + "/" + code)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    Api.json().body(changed).post(PATH).then().statusCode(409);
    Api.json()
        .body(Rules.body("OTHER_CODE", List.of(a), "LE", List.of(b), null, "ERROR", null))
        .put(PATH + "/" + code)
        .then()
        .statusCode(422);

    given().header("If-Match", "\"0\"").delete(PATH + "/" + code).then().statusCode(412);
    given().delete(PATH + "/" + code).then().statusCode(204);
    given().get(PATH + "/" + code).then().statusCode(404);
    given().delete(PATH + "/" + code).then().statusCode(404);
    Api.audit("validation-rule", code)
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.action", contains("DELETE", "UPDATE", "CREATE"));
  }

  @Test
  void namesEveryBadReference() {
    String a = Rules.indicator();
    Map<String, Object> bad =
        Rules.body(
            Rules.code(),
            List.of(a, "NO_SUCH_INDICATOR", a),
            "LE",
            List.of("X Y"),
            null,
            "ERROR",
            null);
    Api.json()
        .body(bad)
        .post(PATH)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            contains(
                "leftSide.indicatorCodes[1]",
                "leftSide.indicatorCodes[2]",
                "rightSide.indicatorCodes[0]"))
        .body(
            "errors[0].message",
            equalTo("Không có chỉ tiêu mã 'NO_SUCH_INDICATOR' (unknown indicator)"));

    Api.json()
        .body(Rules.body(Rules.code(), List.of(), "GE", List.of(), 1, "WARNING", null))
        .post(PATH)
        .then()
        .statusCode(422)
        .body("errors.field", contains("leftSide.indicatorCodes"));
  }

  @Test
  void refusesMalformedFields() {
    String a = Rules.indicator();
    Map<String, Object> operator =
        Rules.body(Rules.code(), List.of(a), "LTE", List.of(a), null, "ERROR", null);
    Api.json()
        .body(operator)
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", contains("operator"));

    Map<String, Object> missing =
        Rules.body("bad code", List.of(a), "LE", List.of(a), null, "ERROR", "NEVER");
    missing.remove("importance");
    missing.remove("rightSide");
    missing.put("name", " ");
    Api.json()
        .body(missing)
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("missingValues"));
    missing.put("missingValues", "MISSING_AS_ZERO");
    Api.json()
        .body(missing)
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("code", "name", "importance", "rightSide"));

    Map<String, Object> constant =
        Rules.body(Rules.code(), List.of(a), "LE", List.of(a), 0.00001, "ERROR", null);
    Api.json()
        .body(constant)
        .post(PATH)
        .then()
        .statusCode(400)
        .body("errors.field", contains("rightSide.constant"));

    given().queryParam("importance", "FATAL").get(PATH).then().statusCode(400);
  }

  @Test
  void onlyCentralAdministratorsWriteAndEveryoneSignedInReads() {
    String a = Rules.indicator();
    String code = Rules.create(List.of(a), "GE", List.of(), 0, "WARNING", null);
    for (String token :
        List.of(
            Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12"),
            Tokens.of("phongtho.officer", Role.COMMUNE_OFFICER, "03549"),
            Tokens.of("central.viewer", Role.CENTRAL_VIEWER, null))) {
      Map<String, Object> body =
          Rules.body(Rules.code(), List.of(a), "GE", List.of(), 0, "WARNING", null);
      given()
          .auth()
          .oauth2(token)
          .contentType("application/json")
          .body(body)
          .post(PATH)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      body.put("code", code);
      given()
          .auth()
          .oauth2(token)
          .contentType("application/json")
          .body(body)
          .put(PATH + "/" + code)
          .then()
          .statusCode(403);
      given().auth().oauth2(token).delete(PATH + "/" + code).then().statusCode(403);
      given().auth().oauth2(token).get(PATH + "/" + code).then().statusCode(200);
      given().auth().oauth2(token).get(PATH).then().statusCode(200);
      given()
          .auth()
          .oauth2(token)
          .queryParam("period", "2024")
          .get(PATH + "/violations")
          .then()
          .statusCode(200);
    }
    Api.audit("validation-rule", code).body("total", equalTo(1));
    given().auth().none().get(PATH).then().statusCode(401);
  }
}
