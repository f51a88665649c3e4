package vn.antq.registry.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Registers the database and the mock OIDC server for every @QuarkusTest (global resources: one of
 * each per run).
 */
@QuarkusTestResource(MariaDbResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestDatabase {

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private TestDatabase() {}
}
