package vn.antq.registry.model;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * A model code, once given, is never given again: not after a delete, not by hand, not by the
 * counter.
 */
@QuarkusTest
class ModelCodesTest extends SignedIn {

  private static String create(Map<String, Object> extra) {
    Map<String, Object> body = Api.model("11", "Mô hình mã " + Api.unique("C"));
    body.put("startedOn", "2020-01-01");
    body.putAll(extra);
    return Api.json()
        .body(body)
        .post("/api/v1/models")
        .then()
        .statusCode(201)
        .extract()
        .path("code");
  }

  /** A model body that names its own code. */
  private static Map<String, Object> withCode(String code, String name) {
    Map<String, Object> body = Api.model("11", name);
    body.put("code", code);
    return body;
  }

  private static int number(String code) {
    return Integer.parseInt(code.substring(code.indexOf('-') + 1));
  }

  @Test
  void aDeletedModelsGeneratedCodeIsNeverGeneratedAgain() {
    Set<String> seen = new HashSet<>();
    String previous = null;
    for (int i = 0; i < 4; i++) {
      // Create and delete at once: the highest code is always the deleted one, where max()+1 reused
      // it.
      String code = create(Map.of());
      assertTrue(seen.add(code), "code handed out twice: " + code);
      if (previous != null) {
        assertEquals(number(previous) + 1, number(code), "numbers keep counting up");
      }
      given().delete("/api/v1/models/" + code).then().statusCode(204);
      previous = code;
    }
    given().get("/api/v1/models/" + previous).then().statusCode(404);
  }

  @Test
  void aDeletedModelsCodeCannotBeGivenByHand() {
    String code = Api.unique("GONE");
    create(Map.of("code", code));
    given().delete("/api/v1/models/" + code).then().statusCode(204);
    Api.json()
        .body(withCode(code, "Mô hình khác"))
        .post("/api/v1/models")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("never reused"));
    given().get("/api/v1/models/" + code).then().statusCode(404);
    // The audit trail of that code still tells of one model only: its creation and its deletion.
    Api.audit("model", code).statusCode(200).body("total", equalTo(2));
  }

  @Test
  void theCounterStepsOverACodeGivenByHand() {
    String generated = create(Map.of());
    String taken = "MH11-" + String.format("%05d", number(generated) + 1);
    create(Map.of("code", taken));
    String next = create(Map.of());
    assertNotEquals(taken, next);
    assertEquals(number(generated) + 2, number(next));
  }

  @Test
  void aLiveCodeGivenAgainIsAConflict() {
    String code = create(Map.of());
    Api.json()
        .body(withCode(code, "Trùng mã"))
        .post("/api/v1/models")
        .then()
        .statusCode(409)
        .body("detail", containsString("already exists"));
  }
}
