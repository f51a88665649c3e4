package vn.antq.registry.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Problems;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

@QuarkusTest
class SecurityTest extends SignedIn {

  /** Fixtures start today, so they never change the demo data's figures for past periods. */
  static final String TODAY = java.time.LocalDate.now().toString();

  private static RequestSpecification as(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }

  @Test
  void anonymousGets401ProblemsButHealthAndContractArePublic() {
    for (String path :
        new String[] {
          "/api/v1/models", "/api/v1/provinces/12", "/api/v1/summary", "/api/v1/audit"
        }) {
      given()
          .auth()
          .none()
          .get(path)
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", containsString("Bearer"))
          .body("type", equalTo("urn:antq:problem:unauthorized"));
    }
    given()
        .auth()
        .none()
        .contentType(ContentType.JSON)
        .body("{\"values\": []}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(401);
    given().auth().none().get("/q/health").then().statusCode(200);
    given().auth().none().get("/q/health/ready").then().statusCode(200);
    given().auth().none().get("/q/openapi").then().statusCode(200);
  }

  @Test
  void tokensThatFailVerificationAre401() {
    String wrongAudience =
        Tokens.sign(Tokens.builder("x", Role.CENTRAL_ADMIN, null).audience("account"));
    String wrongIssuer =
        Tokens.sign(
            Tokens.builder("x", Role.CENTRAL_ADMIN, null).issuer("https://evil.example.com"));
    String expired =
        Tokens.sign(
            Tokens.builder("x", Role.CENTRAL_ADMIN, null)
                .expiresAt(System.currentTimeMillis() / 1000 - 600));
    String valid = Tokens.centralAdmin();
    String signature = valid.substring(valid.lastIndexOf('.') + 1);
    String tampered =
        valid.substring(0, valid.lastIndexOf('.') + 1)
            + (signature.charAt(0) == 'A' ? 'B' : 'A')
            + signature.substring(1);
    for (String token : new String[] {wrongAudience, wrongIssuer, expired, "not-a-jwt", tampered}) {
      as(token)
          .get("/api/v1/models")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
  }

  @Test
  void everySignedInRoleReadsNationwide() {
    for (String token :
        new String[] {
          Tokens.of("v", Role.CENTRAL_VIEWER, null),
          Tokens.of("p", Role.PROVINCE_OFFICER, "96"),
          Tokens.of("c", Role.COMMUNE_OFFICER, "03549"),
          Tokens.of("i", Role.INTEGRATION_CLIENT, "12")
        }) {
      as(token)
          .get("/api/v1/provinces/12/summary?period=2024S1")
          .then()
          .statusCode(200)
          .body("modelCount", equalTo(51));
      as(token).get("/api/v1/models?provinceCode=15&size=1").then().statusCode(200);
      as(token).get("/api/v1/outcomes?provinceCode=96&size=1").then().statusCode(200);
    }
  }

  @Test
  void aWriterWithoutAValidUnitIsToldSo() {
    String model = Api.createModel("12", "Mô hình", TODAY);
    String commune = Api.createCommune("12", "Xã");
    Map<String, Object> point = Api.point(model, commune, "Thôn", TODAY);
    as(Tokens.of("no.unit", Role.COMMUNE_OFFICER, null))
        .body(point)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(403)
        .body("detail", containsString("unit"));
    as(Tokens.of("bad.unit", Role.PROVINCE_OFFICER, "Lai Chau"))
        .body(point)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(403)
        .body("detail", containsString("Lai Chau"));
    as(Tokens.of("wrong.shape", Role.PROVINCE_OFFICER, commune))
        .body(point)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(403)
        .body("detail", containsString("2"));
  }

  @Test
  void onlyCentralAdminsRecogniseModelsNationally() {
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "name",
                "Mô hình xuất sắc",
                "categoryCode",
                "OTHER",
                "provinceCode",
                "12",
                "startedOn",
                TODAY,
                "recognitionLevel",
                "NATIONAL",
                "recognizedOn",
                TODAY,
                "recognitionDecision",
                "Quyết định số 1/QĐ-BCA"));
    String officer = Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12");
    as(officer)
        .body(body)
        .post("/api/v1/models")
        .then()
        .statusCode(403)
        .body("detail", containsString("NATIONAL"));
    body.put("recognitionLevel", "PROVINCE");
    String code =
        as(officer).body(body).post("/api/v1/models").then().statusCode(201).extract().path("code");
    body.put("recognitionLevel", "NATIONAL");
    as(officer).body(body).put("/api/v1/models/" + code).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/models/" + code)
        .then()
        .statusCode(200)
        .body("recognitionLevel", equalTo("NATIONAL"));
    // Keeping NATIONAL while editing something else is not "setting" it; removing it is.
    body.put("description", "Đã được Bộ Công an công nhận");
    as(officer).body(body).put("/api/v1/models/" + code).then().statusCode(200);
    body.put("recognitionLevel", "PROVINCE");
    as(officer).body(body).put("/api/v1/models/" + code).then().statusCode(403);
  }

  @Test
  void leaderNamesStayWithinTheUnit() {
    String commune = Api.createCommune("12", "Xã có người phụ trách");
    String model = Api.createModel("12", "Mô hình", TODAY);
    Map<String, Object> point = Api.point(model, commune, "Dòng họ Lò", TODAY);
    point.put("placeType", "CLAN");
    point.put("leaderName", "Lò Văn Pằn");
    point.put("leaderPhone", "0912 345 678");
    long id = Api.createPoint(point);
    for (String reader :
        new String[] {
          Tokens.centralAdmin(),
          Tokens.of("v", Role.CENTRAL_VIEWER, null),
          Tokens.of("lc", Role.PROVINCE_OFFICER, "12"),
          Tokens.of("c", Role.COMMUNE_OFFICER, commune)
        }) {
      as(reader)
          .get("/api/v1/replication-points/" + id)
          .then()
          .body("leaderName", equalTo("Lò Văn Pằn"))
          .body("leaderHidden", equalTo(false));
    }
    for (String outsider :
        new String[] {
          Tokens.of("cm", Role.PROVINCE_OFFICER, "96"),
          Tokens.of("o", Role.COMMUNE_OFFICER, "03549"),
          Tokens.of("i", Role.INTEGRATION_CLIENT, "96")
        }) {
      as(outsider)
          .get("/api/v1/replication-points/" + id)
          .then()
          .body("leaderName", nullValue())
          .body("leaderPhone", nullValue())
          .body("leaderHidden", equalTo(true));
      as(outsider)
          .queryParam("communeCode", commune)
          .get("/api/v1/replication-points")
          .then()
          .body("items[0].leaderName", nullValue());
    }
  }

  @Test
  void aBatchWithOneValueOutsideTheUnitWritesNothing() {
    String own = Api.createCommune("12", "Xã mình");
    String other = Api.createCommune("12", "Xã bên cạnh");
    String officer = Tokens.of("commune.officer", Role.COMMUNE_OFFICER, own);
    as(officer)
        .body(
            "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"203502\", \"value\": 2, \"communeCode\": \""
                + own
                + "\"},"
                + "{\"indicatorCode\": \"PATROLS\", \"period\": \"203502\", \"value\": 2, \"communeCode\": \""
                + other
                + "\"}]}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("values[1]"))
        .body("detail", containsString(own));
    given().queryParam("communeCode", own).get("/api/v1/outcomes").then().body("total", equalTo(0));
    as(officer)
        .body(
            "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"203502\", \"value\": 2, \"communeCode\": \""
                + own
                + "\"}]}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
  }

  @Test
  void auditShowsWhoChangedWhatBeforeAndAfter() {
    String commune = Api.createCommune("12", "Xã nhật ký");
    String officer = Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12");
    String code =
        as(officer)
            .body(
                Map.of(
                    "name",
                    "Camera an ninh",
                    "categoryCode",
                    "TECHNOLOGY",
                    "provinceCode",
                    "12",
                    "communeCode",
                    commune,
                    "startedOn",
                    TODAY))
            .post("/api/v1/models")
            .then()
            .statusCode(201)
            .extract()
            .path("code");
    as(officer)
        .body(
            Map.of(
                "name",
                "Camera an ninh thôn bản",
                "categoryCode",
                "TECHNOLOGY",
                "provinceCode",
                "12",
                "startedOn",
                TODAY))
        .put("/api/v1/models/" + code)
        .then()
        .statusCode(200);

    given()
        .queryParam("entity", "model")
        .queryParam("key", code)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].action", equalTo("UPDATE"))
        .body("items[0].username", equalTo("laichau.officer"))
        .body("items[0].subject", equalTo("sub-laichau.officer"))
        .body("items[0].clientId", equalTo("antq-cli"))
        .body("items[0].before.name", equalTo("Camera an ninh"))
        .body("items[0].before.communeCode", equalTo(commune))
        .body("items[0].after.name", equalTo("Camera an ninh thôn bản"))
        .body("items[0].occurredAt", notNullValue())
        .body("items[1].action", equalTo("CREATE"))
        .body("items[1].before", nullValue());
    given()
        .queryParam("user", "laichau.officer")
        .queryParam("from", "2000-01-01")
        .queryParam("to", "2999-12-31")
        .get("/api/v1/audit")
        .then()
        .body("total", greaterThanOrEqualTo(2));
    given()
        .queryParam("entity", "model")
        .queryParam("key", code)
        .queryParam("to", "2000-01-01")
        .get("/api/v1/audit")
        .then()
        .body("total", equalTo(0));
    given()
        .queryParam("from", "yesterday")
        .get("/api/v1/audit")
        .then()
        .spec(Problems.badRequest("from"));
  }

  @Test
  void auditIsForAdminsAndTheirOwnProvinceOnly() {
    Api.createModel("96", "Mô hình Cà Mau", TODAY);
    Api.createModel("12", "Mô hình Lai Châu", TODAY);
    as(Tokens.of("laichau.officer", Role.PROVINCE_OFFICER, "12"))
        .queryParam("size", 500)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.provinceCode", everyItem(equalTo("12")))
        .body("items.entity", hasItem("model"));
    given()
        .queryParam("provinceCode", "96")
        .queryParam("entity", "model")
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(1));
    for (String token :
        new String[] {
          Tokens.of("v", Role.CENTRAL_VIEWER, null),
          Tokens.of("c", Role.COMMUNE_OFFICER, "03549"),
          Tokens.of("i", Role.INTEGRATION_CLIENT, "12")
        }) {
      as(token).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
    }
    // There is no way to change or delete an audit row.
    given().delete("/api/v1/audit").then().statusCode(405);
    given().contentType(ContentType.JSON).body("{}").put("/api/v1/audit").then().statusCode(405);
  }

  @Test
  void corsAllowsOnlyTheDashboardAndAnswersCarrySecurityHeaders() {
    given()
        .auth()
        .none()
        .header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "GET")
        .options("/api/v1/models")
        .then()
        .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    String foreign =
        given()
            .auth()
            .none()
            .header("Origin", "https://evil.example.com")
            .header("Access-Control-Request-Method", "GET")
            .options("/api/v1/models")
            .then()
            .extract()
            .header("Access-Control-Allow-Origin");
    assertThat(foreign).isNull();
    given()
        .get("/api/v1/provinces/12")
        .then()
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Frame-Options", "DENY")
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", containsString("default-src 'none'"));
    assertThat(RestAssured.authentication).isNotNull();
  }
}
