package vn.antq.registry.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * Import reports and refusals speak the language asked for, as problems do, and keep a stable code.
 */
@QuarkusTest
class ImportLanguageTest extends SignedIn {

  private static final String BAD_ROWS =
      "indicatorCode,period,value,communeCode\nPATROLS,2024H1,3,03549\nNO_SUCH,202401,3,03549\n";

  private static ValidatableResponse upload(String language, String path, String body) {
    return Api.raw()
        .header("Accept-Language", language)
        .contentType("text/csv")
        .body(body.getBytes(StandardCharsets.UTF_8))
        .post(path)
        .then();
  }

  @Test
  void aRefusedFileSpeaksVietnameseOnlyForVi() {
    upload("vi", "/api/v1/imports/outcomes", BAD_ROWS)
        .statusCode(422)
        .header("Content-Language", "vi")
        .body("code", equalTo("import-rejected"))
        .body("title", not(containsString("(")))
        .body("detail", not(containsString("nothing written")))
        .body("conflicts.message", everyItem(not(containsString("invalid"))));
  }

  @Test
  void aRefusedFileSpeaksEnglishOnlyForEn() {
    upload("en", "/api/v1/imports/outcomes", BAD_ROWS)
        .statusCode(422)
        .body("code", equalTo("import-rejected"))
        .body("title", equalTo("import rejected, nothing written"))
        .body("conflicts[0].message", not(containsString("không")));
  }

  @Test
  void aPartialReportSpeaksVietnameseOnlyForVi() {
    upload("vi", "/api/v1/imports/outcomes?mode=partial", BAD_ROWS)
        .statusCode(200)
        .body("status", equalTo("WARNING"))
        .body("conflicts.message", everyItem(not(containsString("invalid"))));
  }

  @Test
  void withoutALanguageBothAreWritten() {
    upload("", "/api/v1/imports/outcomes", BAD_ROWS)
        .statusCode(422)
        .body(
            "title",
            equalTo("Tệp bị từ chối, không dòng nào được ghi (import rejected, nothing written)"));
  }

  @Test
  void aRefusedBatchSpeaksTheLanguageAskedFor() {
    given()
        .header("Accept-Language", "vi")
        .contentType("application/json")
        .body(
            "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"2024H1\", \"value\": 1, \"communeCode\": \"03549\"}]}")
        .post("/api/v1/outcomes")
        .then()
        .statusCode(422)
        .body("code", equalTo("import-rejected"))
        .body("title", not(containsString("(")))
        .body("conflicts[0].message", not(containsString("invalid")));
  }
}
