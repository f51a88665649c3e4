package vn.antq.registry.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/** Each size limit is answered with a problem document naming it, before the request is handled. */
@QuarkusTest
class RequestLimitsTest extends SignedIn {

  @TestHTTPResource("/")
  URL root;

  /** Sends the bytes as they are and reads the whole answer (the server closes after a refusal). */
  private String raw(String head) throws IOException {
    return raw(head, 10_000);
  }

  private String raw(String head, int timeoutMillis) throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      try {
        in.transferTo(answer);
      } catch (java.net.SocketTimeoutException stillWaitingForTheBody) {
        // what was read so far is the answer
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void aTooLongUriIs414Problem() {
    given()
        .queryParam("q", "a".repeat(9_000))
        .get("/api/v1/provinces")
        .then()
        .statusCode(414)
        .contentType("application/problem+json")
        .body("code", equalTo("uri-too-long"));
    given()
        .header("Accept-Language", "en")
        .queryParam("q", "a".repeat(9_000))
        .get("/api/v1/provinces")
        .then()
        .statusCode(414)
        .body("detail", equalTo("the request URI is longer than 8192 characters"));
    given().queryParam("q", "a".repeat(7_000)).get("/api/v1/provinces").then().statusCode(200);
  }

  @Test
  void tooLargeHeadersAre431Problem() {
    given()
        .header("X-Padding", "p".repeat(20_000))
        .get("/api/v1/provinces")
        .then()
        .statusCode(431)
        .contentType("application/problem+json")
        .body("code", equalTo("headers-too-large"));
    given().header("X-Padding", "p".repeat(8_000)).get("/api/v1/provinces").then().statusCode(200);
  }

  @Test
  void aTooLargeBodyIs413ProblemWithoutReadingIt() throws IOException {
    String answer =
        raw(
            "POST /api/v1/models HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.centralAdmin()
                + "\r\nContent-Type: application/json\r\nContent-Length: 17000000\r\n\r\n{");
    assertThat(answer)
        .startsWith("HTTP/1.1 413")
        .contains("application/problem+json")
        .contains("\"code\":\"too-large\"");
    String bad =
        raw(
            "POST /api/v1/models HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ١٢\r\n\r\n{");
    assertThat(bad).startsWith("HTTP/1.1 400");
    String chunked =
        raw(
            "POST /api/v1/models HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.centralAdmin()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    assertThat(chunked).startsWith("HTTP/1.1 411").contains("\"code\":\"length-required\"");
    // An import may be larger than a JSON body: the server waits for it rather than refusing.
    String importHead =
        raw(
            "POST /api/v1/imports/outcomes?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + Tokens.centralAdmin()
                + "\r\nContent-Type: text/csv\r\nContent-Length: 17000000\r\n\r\n",
            1_500);
    assertThat(importHead).isEmpty();
  }

  @Test
  void brokenChunkedBodiesAndAbortsAreNotServerFaults() throws Exception {
    java.util.List<java.util.logging.LogRecord> errors =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler handler =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
              errors.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("");
    logger.addHandler(handler);
    try {
      String token = Tokens.centralAdmin();
      String chunked =
          raw(
              "POST /api/v1/imports/models?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\nzz\r\nxxxx\r\n\r\n",
              3_000);
      assertThat(chunked).doesNotStartWith("HTTP/1.1 5");
      String csv =
          raw(
              "POST /api/v1/imports/outcomes?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nindicator_code,p\r\nqq\r\n",
              3_000);
      assertThat(csv).doesNotStartWith("HTTP/1.1 5");
      // A client that gives up half-way through its body.
      raw(
          "PUT /api/v1/provinces/12 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"population\":",
          300);
      Thread.sleep(1_000);
    } finally {
      logger.removeHandler(handler);
    }
    assertThat(errors).extracting(java.util.logging.LogRecord::getMessage).isEmpty();
  }
}
