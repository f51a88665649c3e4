package vn.antq.registry.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database for every @QuarkusTest (a global test resource: one server per run). */
@QuarkusTestResource(MariaDbResource.class)
public final class TestDatabase {

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private TestDatabase() {
  }
}
