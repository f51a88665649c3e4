package vn.antq.registry.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Indicators and reporting obligations of a test's own, so no other test's figures change. */
public final class Reporting {

  private Reporting() {}

  public static String indicator() {
    String code = Api.unique("RPT_I").replace('-', '_');
    Api.json()
        .body(Map.of("code", code, "name", "Chỉ tiêu báo cáo thử", "unit", "lần"))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    return code;
  }

  /** An obligation valid from 2024; {@code model} null: every model, else only that one. */
  public static String obligation(
      String level, String frequency, String model, int dueDays, List<String> indicators) {
    String code = Api.unique("RPT").replace('-', '_');
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Báo cáo thử");
    body.put("indicatorCodes", indicators);
    body.put("frequency", frequency);
    body.put("reporterLevel", level);
    body.put("appliesTo", model == null ? "ALL" : "MODELS");
    if (model != null) {
      body.put("modelCodes", List.of(model));
    }
    body.put("dueDaysAfterEnd", dueDays);
    body.put("validFrom", "2024-01-01");
    Api.json().body(body).post("/api/v1/reporting-obligations").then().statusCode(201);
    return code;
  }
}
