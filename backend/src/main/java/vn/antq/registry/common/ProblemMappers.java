package vn.antq.registry.common;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The single place where exceptions become application/problem+json answers. */
public class ProblemMappers {

  public static final String PROBLEM_JSON = "application/problem+json";

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.type, e.status, e.getMessage(), e.errors, uri);
  }

  /** No token, or one that fails verification (signature, issuer, audience, expiry). */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, AuthenticationCompletionException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, 401,
        "Cần đăng nhập: gửi header Authorization: Bearer <access token> do Keycloak cấp, còn hạn (sign in with a valid bearer token)",
        null, uri)).header("WWW-Authenticate", "Bearer").build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(ProblemType.FORBIDDEN, 403, "Vai trò của bạn không được phép thực hiện thao tác này (forbidden)", null, uri);
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

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
    String message;
    if (e instanceof UnrecognizedPropertyException unknown) {
      field = path(unknown);
      message = "Trường không được hỗ trợ '" + unknown.getPropertyName() + "' (unknown field)";
    } else if (e instanceof InvalidFormatException invalid) {
      message = "Giá trị '" + invalid.getValue() + "' không đúng kiểu"
          + (invalid.getTargetType() != null && invalid.getTargetType().isEnum()
              ? ", cho phép: " + List.of(invalid.getTargetType().getEnumConstants()).stream().map(String::valueOf).collect(Collectors.joining(", "))
              : "")
          + " (invalid value)";
    } else if (e instanceof JsonMappingException && field != null && !field.isEmpty()) {
      message = "Giá trị không đúng kiểu dữ liệu (wrong type)";
    } else if (e instanceof JsonMappingException) {
      // Jackson's own text names Java classes; the client needs the shape it got wrong.
      message = "Nội dung không đúng cấu trúc JSON mong đợi (the body has the wrong JSON shape)";
    } else {
      message = "JSON không hợp lệ: " + firstLine(e.getOriginalMessage()) + " (malformed JSON)";
    }
    List<FieldError> errors = field == null || field.isEmpty() ? null : List.of(new FieldError(field, message));
    return respond(ProblemType.BAD_REQUEST, 400, message, errors, uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    ProblemType type = switch (status) {
      case 404 -> ProblemType.NOT_FOUND;
      case 405 -> ProblemType.METHOD_NOT_ALLOWED;
      case 406 -> ProblemType.NOT_ACCEPTABLE;
      case 409 -> ProblemType.CONFLICT;
      case 412 -> ProblemType.PRECONDITION_FAILED;
      case 413 -> ProblemType.CONTENT_TOO_LARGE;
      case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
      default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.BAD_REQUEST;
    };
    if (status >= 500) {
      Log.error("Request failed", e);
    }
    String detail = switch (status) {
      case 404 -> "Không có tài nguyên tại địa chỉ này (no resource at this path)";
      case 405 -> "Phương thức không được hỗ trợ tại địa chỉ này (method not allowed)";
      case 415 -> "Hãy gửi Content-Type: application/json (send application/json)";
      case 400 -> "Tham số không hợp lệ: " + firstLine(e.getMessage()) + " (bad parameter)";
      default -> firstLine(e.getMessage());
    };
    return respond(type, status, detail, null, uri);
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response stale(RuntimeException e, UriInfo uri) {
    return respond(ProblemType.PRECONDITION_FAILED, 412,
        "Bản ghi vừa được người khác thay đổi; hãy tải lại rồi sửa (modified concurrently)", null, uri);
  }

  @ServerExceptionMapper
  public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
    if (e.getKind() == ConstraintKind.UNIQUE) {
      return respond(ProblemType.CONFLICT, 409, "Bản ghi đã tồn tại (duplicate key)", null, uri);
    }
    return respond(ProblemType.CONFLICT, 409, "Dữ liệu đang được tham chiếu hoặc vi phạm ràng buộc (constraint violated)", null, uri);
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
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    Log.error("Unexpected error", e);
    return respond(ProblemType.INTERNAL, 500, "Lỗi hệ thống, đã được ghi nhận (internal error)", null, uri);
  }

  private static Response violationResponse(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
      errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort((a, b) -> a.field().compareTo(b.field()));
    String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " trường không hợp lệ (" + errors.size() + " invalid fields)";
    return respond(ProblemType.VALIDATION, 400, detail, errors, uri);
  }

  /** "create.body.name" → "name", "list.paging.size" → "size", "list.q" → "q": clients know no method names. */
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
        default -> {
        }
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

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  public static Response problem(ProblemType type, int status, String detail, List<FieldError> errors, UriInfo uri) {
    return respond(type, status, detail, errors, uri);
  }

  static Response respond(ProblemType type, int status, String detail, List<FieldError> errors, UriInfo uri) {
    String instance = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    return Response.status(status)
        .type(PROBLEM_JSON)
        .entity(new Problem(type.uri, type.title, status, detail, instance, errors))
        .build();
  }
}
