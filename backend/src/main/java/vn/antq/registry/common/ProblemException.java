package vn.antq.registry.common;

import java.util.List;

/** Thrown by services to answer with a problem document; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

  public final ProblemType type;
  public final int status;
  public final List<FieldError> errors;

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    this(type, type.status, detail, errors);
  }

  public ProblemException(ProblemType type, int status, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.status = status;
    this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  public static ProblemException notFound(String what, Object key) {
    return new ProblemException(ProblemType.NOT_FOUND, "Không tìm thấy " + what + " '" + key + "' (" + what + " not found)", null);
  }

  /** A well-formed body that names something unknown or breaks a rule: 422 naming the field. */
  public static ProblemException unprocessable(String field, String message) {
    return new ProblemException(ProblemType.UNPROCESSABLE, message, List.of(new FieldError(field, message)));
  }

  public static ProblemException unprocessable(List<FieldError> errors) {
    return new ProblemException(ProblemType.UNPROCESSABLE, errors.size() == 1 ? errors.get(0).message()
        : errors.size() + " trường không hợp lệ (" + errors.size() + " invalid fields)", errors);
  }

  public static ProblemException badRequest(String field, String message) {
    return new ProblemException(ProblemType.VALIDATION, message, field == null ? null : List.of(new FieldError(field, message)));
  }

  public static ProblemException conflict(String message) {
    return new ProblemException(ProblemType.CONFLICT, message, null);
  }
}
