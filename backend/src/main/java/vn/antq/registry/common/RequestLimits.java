package vn.antq.registry.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses requests over the sizes of {@link LimitsConfig} before any route runs, with a problem
 * document: Vert.x itself would answer 414/431 with an empty body, and 413 only after reading.
 */
@ApplicationScoped
public class RequestLimits {

  /**
   * Before CORS, security and REST: nothing is worth doing for a request that is refused for its
   * size.
   */
  private static final int PRIORITY = 10_000;

  void register(@Observes Filters filters, LimitsConfig limits, ObjectMapper json) {
    filters.register(context -> check(context, limits, json), PRIORITY);
  }

  private static void check(RoutingContext context, LimitsConfig limits, ObjectMapper json) {
    var request = context.request();
    if (request.uri().length() > limits.maxUriLength()) {
      refuse(
          context,
          json,
          ProblemType.URI_TOO_LONG,
          "Địa chỉ yêu cầu dài quá "
              + limits.maxUriLength()
              + " ký tự (the request URI is longer than "
              + limits.maxUriLength()
              + " characters)");
      return;
    }
    long headerBytes = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      headerBytes += header.getKey().length() + header.getValue().length() + 4;
    }
    if (headerBytes > limits.maxHeaderSize().asLongValue()) {
      refuse(
          context,
          json,
          ProblemType.HEADERS_TOO_LARGE,
          "Phần đầu yêu cầu lớn quá "
              + limits.maxHeaderSize().asLongValue()
              + " byte (the request headers exceed "
              + limits.maxHeaderSize().asLongValue()
              + " bytes)");
      return;
    }
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    boolean importFile = request.path().startsWith("/api/v1/imports");
    if (length == null
        && !importFile
        && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
      // A chunked body can only be measured by reading it, and the REST layer would read it whole
      // into memory.
      refuse(
          context,
          json,
          ProblemType.LENGTH_REQUIRED,
          "Hãy gửi Content-Length; nội dung không rõ độ dài chỉ nhận khi nhập tệp "
              + "(send Content-Length; bodies of unknown length are taken only by imports)");
      return;
    }
    if (length != null) {
      long max =
          importFile ? limits.maxImportSize().asLongValue() : limits.maxBodySize().asLongValue();
      Long declared = Inputs.integer(length.strip());
      if (declared == null || declared > max) {
        refuse(
            context,
            json,
            declared == null ? ProblemType.BAD_REQUEST : ProblemType.CONTENT_TOO_LARGE,
            declared == null
                ? "Content-Length không hợp lệ (invalid Content-Length)"
                : "Nội dung gửi lên lớn quá "
                    + max
                    + " byte (the request body exceeds "
                    + max
                    + " bytes)");
        return;
      }
    }
    context.next();
  }

  private static void refuse(
      RoutingContext context, ObjectMapper json, ProblemType type, String detail) {
    Bilingual.Language language =
        Bilingual.Language.of(
            context.acceptableLanguages().stream()
                .map(header -> Locale.forLanguageTag(header.value()))
                .toList());
    String instance = Inputs.clip(context.request().path());
    Problem problem =
        ProblemMappers.document(type, type.status, type.code, detail, null, null, instance)
            .in(language);
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + type.status + "}";
    }
    Log.infof("Refused %s %s: %s", context.request().method(), instance, type.code);
    // The body, if any, is not read: the connection cannot be reused.
    context
        .response()
        .setStatusCode(type.status)
        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemMappers.PROBLEM_JSON)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .putHeader("Vary", "Accept-Language")
        .end(body);
  }
}
