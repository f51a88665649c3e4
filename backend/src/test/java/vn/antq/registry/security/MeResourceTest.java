package vn.antq.registry.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/** Who am I: the dashboard shows or hides each action by the write scope this tells. */
@QuarkusTest
class MeResourceTest extends SignedIn {

  @Test
  void meTellsTheWriteScopeOfEachRole() {
    given()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("writeScope", equalTo("ALL"))
        .body("seesAudit", equalTo(true))
        .body("roles", hasItem("central-admin"));
    given()
        .auth()
        .oauth2(Tokens.of("lc", "province-officer", "12"))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("lc"))
        .body("unit", equalTo("12"))
        .body("writeScope", equalTo("PROVINCE"))
        .body("unitProvinceCode", equalTo("12"))
        .body("seesAudit", equalTo(true));
    String commune = Api.createCommune("04", "Xã của tôi");
    given()
        .auth()
        .oauth2(Tokens.of("xa", "commune-officer", commune))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("writeScope", equalTo("COMMUNE"))
        .body("unitProvinceCode", equalTo("04"))
        .body("seesAudit", equalTo(false));
    given()
        .auth()
        .oauth2(Tokens.of("viewer", "central-viewer", null))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("writeScope", equalTo("NONE"))
        .body("unit", nullValue());
    // A province officer whose token carries a commune code writes nothing: Access refuses it too.
    given()
        .auth()
        .oauth2(Tokens.of("odd", "province-officer", commune))
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("writeScope", equalTo("NONE"));
    given().auth().none().get("/api/v1/me").then().statusCode(401);
  }
}
