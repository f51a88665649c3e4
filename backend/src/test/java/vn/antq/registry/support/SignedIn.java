package vn.antq.registry.support;

import org.junit.jupiter.api.BeforeAll;

import io.restassured.RestAssured;

/** Tests of the registry's behaviour call it as a central administrator; permissions have their own tests. */
public abstract class SignedIn {

  @BeforeAll
  static void signInAsCentralAdmin() {
    RestAssured.authentication = RestAssured.oauth2(Tokens.centralAdmin());
  }
}
