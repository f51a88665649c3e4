package vn.antq.registry.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The single place where exceptions become application/problem+json answers. */
public class ProblemMappers {

  public static final String PROBLEM_JSON = "application/problem+json";

  /**
   * MariaDB's "Lock wait timeout exceeded" and "Deadlock found": another request holds the rows;
   * try again.
   */
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;

  private static final int ER_LOCK_DEADLOCK = 1213;

  /** Resolved at the first overload: mappers are built before runtime configuration exists. */
  @Inject jakarta.enterprise.inject.Instance<OverloadConfig> overload;

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    Response response =
        respond(e.type, e.status, e.code, e.getMessage(), e.errors, e.extension, uri);
    return e.status == 503 ? withRetryAfter(response) : response;
  }

  /** No token, or one that fails verification (signature, issuer, audience, expiry). */
  @ServerExceptionMapper({
    UnauthorizedException.class,
    AuthenticationFailedException.class,
    AuthenticationCompletionException.class
  })
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return Response.fromResponse(
            respond(
                ProblemType.UNAUTHORIZED,
                "Cần đăng nhập: gửi header Authorization: Bearer <access token> do Keycloak cấp, còn hạn (sign in with a valid bearer token)",
                uri))
        .header("WWW-Authenticate", "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
        ProblemType.FORBIDDEN,
        "Vai trò của bạn không được phép thực hiện thao tác này (forbidden)",
        uri);
  }

  @ServerExceptionMapper
  public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
    return violationResponse(e, uri);
  }

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e, UriInfo uri) {
    return violationResponse(e, uri);
  }

  /** Quarkus ships its own (non-problem) mapper for this subtype: ours must name it to win. */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, UriInfo uri) {
    return json(e, uri);
  }

  /**
   * Quarkus answers this one with an empty 500. With strict duplicate detection a body no longer
   * reaches it through a repeated key, but any other way in is a body the input type cannot take.
   */
  @ServerExceptionMapper
  public Response definition(InvalidDefinitionException e, UriInfo uri) {
    Log.warnf("Body refused by the input type's definition: %s", firstLine(e.getOriginalMessage()));
    return json(e, uri);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String message;
    String code;
    if (e instanceof UnrecognizedPropertyException unknown) {
      field = path(unknown);
      code = "unknown-field";
      message =
          "Trường không được hỗ trợ '"
              + Inputs.clip(unknown.getPropertyName())
              + "' (unknown field '"
              + Inputs.clip(unknown.getPropertyName())
              + "')";
    } else if (duplicate(e) != null) {
      StreamReadException dup = duplicate(e);
      // Jackson names the key only in its text: "Duplicate field 'name'".
      String text = dup.getOriginalMessage();
      String key =
          text.substring(DUPLICATE.length(), Math.max(DUPLICATE.length(), text.lastIndexOf('\'')));
      String parent = field != null && !field.isEmpty() ? field : parentPath(dup.getProcessor());
      field = parent.isEmpty() ? key : parent + "." + key;
      code = "duplicate-key";
      message =
          "Khóa '"
              + Inputs.clip(key)
              + "' xuất hiện hai lần trong JSON (duplicate key '"
              + Inputs.clip(key)
              + "')";
    } else if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
      field = null;
      code = "trailing-data";
      message =
          "Sau tài liệu JSON còn dữ liệu thừa; chỉ gửi một tài liệu (data after the JSON document)";
    } else if (e instanceof InvalidFormatException invalid) {
      code = FieldError.INVALID_VALUE;
      String allowed =
          invalid.getTargetType() != null && invalid.getTargetType().isEnum()
              ? List.of(invalid.getTargetType().getEnumConstants()).stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(", "))
              : null;
      message =
          "Giá trị '"
              + Inputs.clip(invalid.getValue())
              + "' không đúng kiểu"
              + (allowed != null ? ", cho phép: " + allowed : "")
              + " (invalid value '"
              + Inputs.clip(invalid.getValue())
              + "'"
              + (allowed != null ? ", allowed: " + allowed : "")
              + ")";
    } else if (e instanceof JsonMappingException && field != null && !field.isEmpty()) {
      code = "wrong-type";
      message = "Giá trị không đúng kiểu dữ liệu (wrong type)";
    } else if (e instanceof JsonMappingException) {
      // Jackson's own text names Java classes; the client needs the shape it got wrong.
      code = "wrong-shape";
      message = "Nội dung không đúng cấu trúc JSON mong đợi (the body has the wrong JSON shape)";
    } else {
      code = "malformed-json";
      message =
          "JSON không hợp lệ: "
              + Inputs.clip(firstLine(original))
              + " (malformed JSON: "
              + Inputs.clip(firstLine(original))
              + ")";
    }
    List<FieldError> errors =
        field == null || field.isEmpty() ? null : List.of(new FieldError(field, code, message));
    return respond(ProblemType.BAD_REQUEST, 400, code, message, errors, uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException json) {
      // Quarkus wraps parse errors (malformed JSON, a repeated key) in a bare 400.
      return json(json, uri);
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    ProblemType type =
        switch (status) {
          case 404 -> ProblemType.NOT_FOUND;
          case 405 -> ProblemType.METHOD_NOT_ALLOWED;
          case 406 -> ProblemType.NOT_ACCEPTABLE;
          case 409 -> ProblemType.CONFLICT;
          case 412 -> ProblemType.PRECONDITION_FAILED;
          case 413 -> ProblemType.CONTENT_TOO_LARGE;
          case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
          case 503 -> ProblemType.OVERLOADED;
          default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
        };
    if (status >= 500 && status != 503) {
      Log.error("Request failed", e);
    }
    String detail =
        switch (status) {
          case 404 -> "Không có tài nguyên tại địa chỉ này (no resource at this path)";
          case 405 -> "Phương thức không được hỗ trợ tại địa chỉ này (method not allowed)";
          case 406 ->
              "Không trả được định dạng yêu cầu trong Accept (cannot answer in the media type asked for by Accept)";
          case 415 -> "Hãy gửi Content-Type: application/json (send application/json)";
          case 400 ->
              "Tham số không hợp lệ: "
                  + Inputs.clip(firstLine(e.getMessage()))
                  + " (bad parameter: "
                  + Inputs.clip(firstLine(e.getMessage()))
                  + ")";
          default -> Inputs.clip(firstLine(e.getMessage()));
        };
    Response response = respond(type, status, type.code, detail, null, uri);
    return status == 503 ? withRetryAfter(response) : response;
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response stale(RuntimeException e, UriInfo uri) {
    return respond(
        ProblemType.PRECONDITION_FAILED,
        "Bản ghi vừa được người khác thay đổi; hãy tải lại rồi sửa (modified concurrently)",
        uri);
  }

  @ServerExceptionMapper
  public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
    if (e.getKind() == ConstraintKind.UNIQUE) {
      return respond(ProblemType.CONFLICT, "Bản ghi đã tồn tại (duplicate key)", uri);
    }
    return respond(
        ProblemType.CONFLICT,
        "Dữ liệu đang được tham chiếu hoặc vi phạm ràng buộc (constraint violated)",
        uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof ProblemException problem) {
        return problem(problem, uri);
      }
      if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
        return constraint(constraint, uri);
      }
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return stale((RuntimeException) cause, uri);
      }
      if (isOverload(cause)) {
        Log.warnf("Overloaded, answered 503: %s", firstLine(cause.toString()));
        return overloaded(uri);
      }
      if (isConnectionFailure(cause)) {
        // The client went away or sent a broken stream: not a server fault, and nobody reads the
        // answer.
        Log.infof(
            "Request stopped by the connection: %s %s",
            uri == null ? "" : uri.getPath(), firstLine(cause.toString()));
        return respond(
            ProblemType.BAD_REQUEST,
            400,
            "connection-failed",
            "Kết nối bị ngắt hoặc nội dung gửi lên bị hỏng (the connection closed or the request stream was broken)",
            null,
            uri);
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    Log.error("Unexpected error", e);
    return respond(ProblemType.INTERNAL, "Lỗi hệ thống, đã được ghi nhận (internal error)", uri);
  }

  /** 503 with Retry-After: the request was fine, the server could not take it now. */
  public Response overloaded(UriInfo uri) {
    return withRetryAfter(
        respond(
            ProblemType.OVERLOADED,
            "Hệ thống đang bận, hãy thử lại sau ít giây (the server is busy; retry after a few seconds)",
            uri));
  }

  private Response withRetryAfter(Response response) {
    long seconds = overload == null ? 5 : Math.max(1, overload.get().retryAfter().toSeconds());
    return Response.fromResponse(response).header("Retry-After", seconds).build();
  }

  /**
   * No connection from the pool in time, the database unreachable, a lock wait timed out: the
   * request may succeed later.
   */
  static boolean isOverload(Throwable e) {
    if (e instanceof JDBCConnectionException
        || e instanceof LockAcquisitionException
        || e instanceof org.hibernate.exception.LockTimeoutException
        || e instanceof LockTimeoutException
        || e instanceof PessimisticLockException
        || e instanceof SQLTransientException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof java.util.concurrent.RejectedExecutionException) {
      return true;
    }
    if (e instanceof JDBCException jdbc
        && jdbc.getMessage() != null
        && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection")) {
      return true;
    }
    if (e instanceof SQLException sql) {
      String state = sql.getSQLState();
      return sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT
          || sql.getErrorCode() == ER_LOCK_DEADLOCK
          || state != null && state.startsWith("08")
          || sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout");
    }
    return false;
  }

  /**
   * The client closed the connection, or its bytes could not be decoded as HTTP (bad chunked
   * encoding, broken multipart).
   */
  static boolean isConnectionFailure(Throwable e) {
    String name = e.getClass().getName();
    if (e instanceof ClosedChannelException
        || name.equals("io.vertx.core.http.HttpClosedException")
        || name.startsWith("io.netty.handler.codec.") && name.endsWith("Exception")) {
      return true;
    }
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    boolean connectionWords =
        message.contains("connection was closed")
            || message.contains("connection reset")
            || message.contains("broken pipe")
            || message.contains("connection terminated")
            || message.contains("stream closed")
            || message.contains("invalid chunk")
            || message.contains("chunk");
    return connectionWords
        && (e instanceof IOException
            || name.startsWith("io.vertx.")
            || name.startsWith("io.netty."));
  }

  private static Response violationResponse(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(
          new FieldError(
              fieldName(violation.getPropertyPath()),
              violationCode(violation),
              violation.getMessage()));
    }
    errors.sort((a, b) -> a.field().compareTo(b.field()));
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " trường không hợp lệ (" + errors.size() + " invalid fields)";
    return respond(
        ProblemType.VALIDATION,
        400,
        errors.size() == 1 ? errors.get(0).code() : ProblemType.VALIDATION.code,
        detail,
        errors,
        uri);
  }

  /**
   * A stable code per kind of constraint, so that clients need not read the (translated) message.
   */
  static String violationCode(ConstraintViolation<?> violation) {
    String constraint =
        violation.getConstraintDescriptor() == null
            ? ""
            : violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Size", "Length" -> "invalid-length";
      case "Max", "DecimalMax", "Negative", "NegativeOrZero" -> "too-large";
      case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> "too-small";
      case "Pattern", "Email", "Digits" -> "invalid-format";
      case "Past", "PastOrPresent" -> "in-future";
      case "Future", "FutureOrPresent" -> "in-past";
      default -> FieldError.INVALID_VALUE;
    };
  }

  /**
   * "create.body.name" → "name", "list.paging.size" → "size", "list.q" → "q": clients know no
   * method names.
   */
  static String fieldName(Path path) {
    List<String> names = new ArrayList<>();
    boolean afterParameter = false;
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD -> names.clear();
        case PARAMETER -> {
          names.clear();
          names.add(node.getName());
          afterParameter = true;
        }
        case PROPERTY, CONTAINER_ELEMENT -> {
          if (afterParameter) {
            names.clear();
            afterParameter = false;
          }
          if (node.getIndex() != null && !names.isEmpty()) {
            names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
          }
          if (node.getName() != null) {
            names.add(node.getName());
          }
        }
        default -> {}
      }
    }
    return names.isEmpty() ? "request" : String.join(".", names);
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static final String DUPLICATE = "Duplicate field '";

  /** The parser's report of a repeated key, wherever databind wrapped it. */
  private static StreamReadException duplicate(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof StreamReadException read
          && read.getOriginalMessage() != null
          && read.getOriginalMessage().startsWith(DUPLICATE)) {
        return read;
      }
    }
    return null;
  }

  /**
   * Where in the document the parser stood: "values[2]" for a key repeated inside the third value.
   */
  private static String parentPath(Object processor) {
    if (!(processor instanceof com.fasterxml.jackson.core.JsonParser parser)) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (var context = parser.getParsingContext().getParent();
        context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        parts.add(0, "[" + context.getCurrentIndex() + "]");
      } else if (context.getCurrentName() != null) {
        parts.add(0, context.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (!path.isEmpty() && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  public static Response problem(
      ProblemType type, int status, String detail, List<FieldError> errors, UriInfo uri) {
    return respond(type, status, type.code, detail, errors, uri);
  }

  /** The problem's own status, no field errors. */
  static Response respond(ProblemType type, String detail, UriInfo uri) {
    return respond(type, type.status, detail, null, uri);
  }

  static Response respond(
      ProblemType type, int status, String detail, List<FieldError> errors, UriInfo uri) {
    return respond(type, status, type.code, detail, errors, uri);
  }

  /**
   * Longest detail or field message sent: a last bound for texts that echo input not passed through
   * Inputs.clip.
   */
  private static final int MAX_TEXT = 1000;

  private static final int MAX_ERRORS = 100;

  static Response respond(
      ProblemType type,
      int status,
      String code,
      String detail,
      List<FieldError> errors,
      UriInfo uri) {
    return respond(type, status, code, detail, errors, null, uri);
  }

  private static Response respond(
      ProblemType type,
      int status,
      String code,
      String detail,
      List<FieldError> errors,
      ProblemExtension extension,
      UriInfo uri) {
    String instance = uri == null ? null : "/" + Inputs.clip(uri.getPath().replaceFirst("^/", ""));
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(document(type, status, code, detail, errors, extension, instance))
        .build();
  }

  /**
   * The body of every problem answer, also of those written before any resource runs
   * (RequestLimits).
   */
  static Problem document(
      ProblemType type,
      int status,
      String code,
      String detail,
      List<FieldError> errors,
      ProblemExtension extension,
      String instance) {
    List<FieldError> bounded =
        errors == null
            ? null
            : errors.stream()
                .limit(MAX_ERRORS)
                .map(f -> new FieldError(bound(f.field()), f.code(), bound(f.message())))
                .toList();
    return new Problem(
        type.uri, type.title, status, code, bound(detail), instance, extension, bounded);
  }

  private static String bound(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }
}
