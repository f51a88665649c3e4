package vn.antq.registry.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;

/**
 * The conflicts of a refused batch or file, checked as a table: one expected value per conflict.
 */
public final class Conflicts {

  private Conflicts() {}

  /**
   * Asserts that conflict {@code i} has {@code expected[i]} as its {@code property} ("column" for a
   * file, "field" for a JSON batch); a null entry leaves that conflict's property unchecked.
   */
  public static ValidatableResponse have(
      ValidatableResponse response, String property, String... expected) {
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != null) {
        response.body("conflicts[" + i + "]." + property, equalTo(expected[i]));
      }
    }
    return response;
  }
}
