package vn.antq.registry.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/**
 * One rule for Content-Type on every write, and Accept honoured the same way on every operation.
 */
@QuarkusTest
class MediaTypeRulesTest extends SignedIn {

  @TestHTTPResource("/")
  URI base;

  /** java.net.http sends no Content-Type unless told (REST Assured always adds one). */
  private HttpResponse<String> untyped(String method, String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Authorization", "Bearer " + Tokens.centralAdmin())
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @CsvSource({
    "POST, /api/v1/models, '{\"name\":\"Không kiểu\",\"categoryCode\":\"RESIDENTIAL\",\"provinceCode\":\"04\"}'",
    "PUT, /api/v1/provinces/12, '{\"population\":512601}'",
    "POST, /api/v1/outcomes, '{\"values\":[]}'",
    "POST, /api/v1/imports/outcomes, 'indicatorCode,period,value,provinceCode'",
    "POST, /api/v1/imports/outcomes/jobs, 'indicatorCode,period,value,provinceCode'"
  })
  void aBodyWithoutContentTypeIsRefusedOnEveryWrite(String method, String path, String body)
      throws Exception {
    HttpResponse<String> answer = untyped(method, path, body);
    assertThat(answer.request().headers().firstValue("Content-Type")).isEmpty();
    assertThat(answer.statusCode()).isEqualTo(415);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body())
        .contains("\"status\":415")
        .contains("urn:antq:problem:unsupported-media-type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/problem+json",
        "application/json",
        "*/*",
        "application/json, application/problem+json",
        "application/problem+json;q=0.9, text/html;q=0.1"
      })
  void readsAnswerJsonToEveryAcceptThatAllowsIt(String accept) {
    Api.raw()
        .accept(accept)
        .get("/api/v1/provinces/12")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("code", equalTo("12"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/problem+json", "*/*"})
  void deletesAnswerToTheAcceptOfAGeneratedClient(String accept) {
    String code = Api.createModel("04", "Mô hình để xóa", "2020-01-01");
    Api.raw().accept(accept).delete("/api/v1/models/" + code).then().statusCode(204);
    Api.raw()
        .accept(accept)
        .get("/api/v1/models/" + code)
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /api/v1/provinces/12",
    "DELETE, /api/v1/models/NO-SUCH-MODEL",
    "GET, /api/v1/models"
  })
  void anAcceptNothingMatchesIs406Problem(String method, String path) {
    Api.raw()
        .accept("image/png")
        .request(method, path)
        .then()
        .statusCode(406)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(406));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  void listsStillExportInTheDocumentedFileTypes(String accept) {
    Api.raw()
        .accept(accept)
        .get("/api/v1/models")
        .then()
        .statusCode(200)
        .contentType(startsWith(accept));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/imports/outcomes/jobs", "/api/v1/imports/outcomes?async=true"})
  void backgroundImportsTakeTheDocumentedFormUpload(String path) {
    Api.raw()
        .multiPart(
            "file",
            "ket-qua.csv",
            "indicatorCode,period,value,provinceCode\nPATROLS,202403,2,04\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv")
        .post(path + (path.contains("?") ? "&" : "?") + "dryRun=true")
        .then()
        .statusCode(202)
        .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/imports/\\d+"))
        .body("kind", equalTo("outcomes"))
        .body("dryRun", equalTo(true));
  }
}
