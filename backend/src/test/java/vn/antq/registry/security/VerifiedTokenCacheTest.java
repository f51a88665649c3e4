package vn.antq.registry.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Tokens;

/**
 * A checked token is answered from {@link VerifiedTokens} on its next requests, with the same
 * rights, and never past its expiry; a token that differs in any character is checked afresh.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

  @Inject VerifiedTokens tokens;
  @Inject VerifiedTokenProvider provider;

  @Test
  void aKeptTokenKeepsItsUserRolesAndUnit() {
    String token = Tokens.of("kept.officer", Role.PROVINCE_OFFICER, "12");
    assertNull(tokens.find(token));
    long answeredBefore = provider.answered();
    for (int i = 0; i < 3; i++) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/me")
          .then()
          .statusCode(200)
          .body("username", equalTo("kept.officer"))
          .body("unit", equalTo("12"))
          .body("roles", hasItem(Role.PROVINCE_OFFICER))
          .body("writeScope", equalTo("PROVINCE"));
      assertNotNull(tokens.find(token), "kept after request " + (i + 1));
    }
    // The first request was checked by quarkus-oidc, the next two answered from the kept token.
    assertEquals(2, provider.answered() - answeredBefore);
    // The kept rights still refuse what the token never allowed.
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(
            "{\"name\": \"Mô hình ngoài tỉnh\", \"categoryCode\": \"OTHER\", \"provinceCode\": \"96\"}")
        .post("/api/v1/models")
        .then()
        .statusCode(403);
  }

  @Test
  void aKeptTokenIsRefusedOnceItExpires() throws InterruptedException {
    long expiresAt = System.currentTimeMillis() / 1000 + 3;
    String token =
        Tokens.sign(Tokens.builder("brief", Role.CENTRAL_VIEWER, null).expiresAt(expiresAt));
    given().auth().oauth2(token).get("/api/v1/provinces/12").then().statusCode(200);
    assertNotNull(tokens.find(token));
    while (System.currentTimeMillis() < (expiresAt + 1) * 1000) {
      Thread.sleep(200);
    }
    given().auth().oauth2(token).get("/api/v1/provinces/12").then().statusCode(401);
  }

  @Test
  void aTamperedCopyOfAKeptTokenIsRefused() {
    String token = Tokens.of("tamper", Role.CENTRAL_ADMIN, null);
    given().auth().oauth2(token).get("/api/v1/provinces/12").then().statusCode(200);
    assertNotNull(tokens.find(token));
    String signature = token.substring(token.lastIndexOf('.') + 1);
    String tampered =
        token.substring(0, token.lastIndexOf('.') + 1)
            + (signature.charAt(0) == 'A' ? 'B' : 'A')
            + signature.substring(1);
    given().auth().oauth2(tampered).get("/api/v1/provinces/12").then().statusCode(401);
    // And a changed payload under the kept token's signature.
    String[] parts = token.split("\\.");
    String forged =
        parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
    given().auth().oauth2(forged).get("/api/v1/provinces/12").then().statusCode(401);
  }
}
