package vn.antq.registry.support;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests of the registry's behaviour call it as a central administrator; permissions have their own
 * tests.
 */
public abstract class SignedIn {

  @BeforeAll
  static void signInAsCentralAdmin() {
    RestAssured.authentication = RestAssured.oauth2(Tokens.centralAdmin());
  }
}
