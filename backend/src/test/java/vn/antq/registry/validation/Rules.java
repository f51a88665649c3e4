package vn.antq.registry.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.registry.support.Api;

/**
 * Test rules over indicators made for the test, so that no other test's values meet them and the
 * seeded rules never meet the test's values.
 */
final class Rules {

  static final String PATH = "/api/v1/validation-rules";

  private Rules() {}

  static String indicator() {
    String code = Api.unique("VR").replace('-', '_');
    Api.json()
        .body(Map.of("code", code, "name", "Chỉ tiêu kiểm thử " + code, "unit", "lần"))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  static String code() {
    return Api.unique("RULE").replace('-', '_');
  }

  static Map<String, Object> side(List<String> codes, Number constant) {
    Map<String, Object> side = new HashMap<>();
    side.put("indicatorCodes", codes);
    if (constant != null) {
      side.put("constant", constant);
    }
    return side;
  }

  static Map<String, Object> body(
      String code,
      List<String> left,
      String operator,
      List<String> right,
      Number rightConstant,
      String importance,
      String missingValues) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Quy tắc kiểm thử " + code);
    body.put("leftSide", side(left, null));
    body.put("operator", operator);
    body.put("rightSide", side(right, rightConstant));
    body.put("importance", importance);
    if (missingValues != null) {
      body.put("missingValues", missingValues);
    }
    return body;
  }

  static String create(
      List<String> left,
      String operator,
      List<String> right,
      Number rightConstant,
      String importance,
      String missingValues) {
    String code = code();
    Api.json()
        .body(body(code, left, operator, right, rightConstant, importance, missingValues))
        .post(PATH)
        .then()
        .statusCode(201);
    return code;
  }
}
