package vn.antq.registry.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
    json()
        .body(
            Map.of(
                "code",
                code,
                "name",
                name,
                "categoryCode",
                "RESIDENTIAL",
                "provinceCode",
                provinceCode,
                "startedOn",
                startedOn))
        .post("/api/v1/models")
        .then()
        .statusCode(201);
    return code;
  }

  public static long createPoint(
      String modelCode, String communeCode, String establishedOn, int teams, int members) {
    return json()
        .body(
            Map.of(
                "modelCode",
                modelCode,
                "communeCode",
                communeCode,
                "placeType",
                "VILLAGE",
                "placeName",
                "Thôn kiểm thử " + SEQUENCE.incrementAndGet(),
                "establishedOn",
                establishedOn,
                "teamCount",
                teams,
                "memberCount",
                members,
                "coreMemberCount",
                0))
        .post("/api/v1/replication-points")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public static void postOutcomes(String valuesJson) {
    json().body("{\"values\": " + valuesJson + "}").post("/api/v1/outcomes").then().statusCode(200);
  }
}
