package vn.antq.registry.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small builders for test data created through the API, with codes unique within a run. */
public final class Api {

  private static final AtomicInteger SEQUENCE =
      new AtomicInteger(100 + (int) (System.nanoTime() % 500));

  private Api() {}

  /**
   * Sends a body as curl --data-binary would: the bytes as they are, no charset added to the
   * content type.
   */
  public static RequestSpecification raw() {
    return given()
        .config(
            io.restassured.RestAssured.config()
                .encoderConfig(
                    io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
  }

  public static RequestSpecification json() {
    return given().contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  /** A fresh 5-digit commune code in the 99xxx range, which no official commune uses. */
  public static String newCommuneCode() {
    return String.format("99%03d", SEQUENCE.incrementAndGet() % 1000);
  }

  public static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  public static String createCommune(String provinceCode, String name) {
    String code = newCommuneCode();
    json()
        .body(Map.of("code", code, "name", name, "type", "XA", "provinceCode", provinceCode))
        .post("/api/v1/communes")
        .then()
        .statusCode(201);
    return code;
  }

  public static String createModel(String provinceCode, String name, String startedOn) {
    String code = unique("T");
    Map<String, Object> body = model(provinceCode, name);
    body.put("code", code);
    body.put("startedOn", startedOn);
    json().body(body).post("/api/v1/models").then().statusCode(201);
    return code;
  }

  /**
   * The fields every model has (a residential one, with a generated code), as a body a test adds to
   * or changes before sending.
   */
  public static Map<String, Object> model(String provinceCode, String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("categoryCode", "RESIDENTIAL");
    body.put("provinceCode", provinceCode);
    return body;
  }

  public static long createPoint(
      String modelCode, String communeCode, String establishedOn, int teams, int members) {
    Map<String, Object> body =
        point(modelCode, communeCode, "Thôn kiểm thử " + SEQUENCE.incrementAndGet(), establishedOn);
    body.put("teamCount", teams);
    body.put("memberCount", members);
    body.put("coreMemberCount", 0);
    return createPoint(body);
  }

  /**
   * The fields every point has (a village by default), as a body a test adds to or changes before
   * sending; without {@code establishedOn} when it is null.
   */
  public static Map<String, Object> point(
      String modelCode, String communeCode, String placeName, String establishedOn) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("modelCode", modelCode);
    body.put("communeCode", communeCode);
    body.put("placeType", "VILLAGE");
    body.put("placeName", placeName);
    if (establishedOn != null) {
      body.put("establishedOn", establishedOn);
    }
    return body;
  }

  /** Creates the point {@code body} describes and answers its id. */
  public static long createPoint(Map<String, ?> body) {
    return json()
        .body(body)
        .post("/api/v1/replication-points")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** The audit trail of one record, newest first. */
  public static ValidatableResponse audit(String entity, Object key) {
    return given().queryParam("entity", entity).queryParam("key", key).get("/api/v1/audit").then();
  }

  public static void postOutcomes(String valuesJson) {
    json().body("{\"values\": " + valuesJson + "}").post("/api/v1/outcomes").then().statusCode(200);
  }
}
