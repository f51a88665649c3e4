package vn.antq.registry.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** The answers most refusals share, as response specifications: {@code .then().spec(...)}. */
public final class Problems {

  private Problems() {}

  /** A 400 whose first error names {@code field}: the parameter or body field that was wrong. */
  public static ResponseSpecification badRequest(String field) {
    return new ResponseSpecBuilder()
        .expectStatusCode(400)
        .expectBody("errors[0].field", equalTo(field))
        .build();
  }
}
