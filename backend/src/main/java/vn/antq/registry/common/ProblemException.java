package vn.antq.registry.common;

import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a problem document; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

  public final ProblemType type;
  public final int status;
  public final List<FieldError> errors;

  /** The stable machine-readable code of the answer (Problem.code). */
  public final String code;

  /** What the document carries beyond the standard members, or null. */
  public final ProblemExtension extension;

  /** The English names of what {@link #notFound} is told in Vietnamese. */
  private static final Map<String, String> ENGLISH_NAMES =
      Map.ofEntries(
          Map.entry("tỉnh", "province"),
          Map.entry("xã", "commune"),
          Map.entry("mô hình", "model"),
          Map.entry("lĩnh vực", "category"),
          Map.entry("chỉ tiêu", "indicator"),
          Map.entry("điểm nhân rộng", "replication point"),
          Map.entry("kết quả", "outcome"),
          Map.entry("lần nhập", "import job"),
          Map.entry("loại dữ liệu nhập", "import kind"),
          Map.entry("đơn vị hành chính cũ", "legacy unit"),
          Map.entry("nghĩa vụ báo cáo", "reporting obligation"),
          Map.entry("mã", "code"));

  public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
    this(type, type.status, detail, errors);
  }

  public ProblemException(ProblemType type, int status, String detail, List<FieldError> errors) {
    this(type, status, type.code, detail, errors);
  }

  public ProblemException(
      ProblemType type, int status, String code, String detail, List<FieldError> errors) {
    this(type, status, code, detail, errors, null);
  }

  protected ProblemException(
      ProblemType type,
      int status,
      String code,
      String detail,
      List<FieldError> errors,
      ProblemExtension extension) {
    super(detail, null, false, false);
    this.type = type;
    this.status = status;
    this.code = code;
    this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    this.extension = extension;
  }

  /** A problem of its type's status and code whose document also carries an extension. */
  public static ProblemException carrying(
      ProblemType type, String detail, ProblemExtension extension) {
    return new ProblemException(type, type.status, type.code, detail, null, extension);
  }

  public static ProblemException notFound(String what, Object key) {
    String english = ENGLISH_NAMES.getOrDefault(what, what);
    String shown = Inputs.clip(key);
    return new ProblemException(
        ProblemType.NOT_FOUND,
        "Không tìm thấy " + what + " '" + shown + "' (" + english + " '" + shown + "' not found)",
        null);
  }

  /** A well-formed body that names something unknown or breaks a rule: 422 naming the field. */
  public static ProblemException unprocessable(String field, String message) {
    return new ProblemException(
        ProblemType.UNPROCESSABLE, message, List.of(new FieldError(field, message)));
  }

  public static ProblemException unprocessable(List<FieldError> errors) {
    return new ProblemException(
        ProblemType.UNPROCESSABLE,
        errors.size() == 1
            ? errors.get(0).message()
            : errors.size() + " trường không hợp lệ (" + errors.size() + " invalid fields)",
        errors);
  }

  public static ProblemException badRequest(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        message,
        field == null ? null : List.of(new FieldError(field, message)));
  }

  public static ProblemException conflict(String message) {
    return new ProblemException(ProblemType.CONFLICT, message, null);
  }
}
