package vn.antq.registry.common;

/**
 * The kinds of problem the API answers with; each has a stable type URI, a title in both languages
 * and the default machine-readable code of its answers.
 */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "bad-request", "Yêu cầu không hợp lệ", "bad request"),
  VALIDATION(400, "validation", "invalid-value", "Dữ liệu không hợp lệ", "invalid data"),
  UNAUTHORIZED(
      401,
      "unauthorized",
      "unauthorized",
      "Chưa đăng nhập hoặc token không hợp lệ",
      "unauthorized"),
  FORBIDDEN(403, "forbidden", "forbidden", "Không có quyền", "forbidden"),
  NOT_FOUND(404, "not-found", "not-found", "Không tìm thấy", "not found"),
  METHOD_NOT_ALLOWED(
      405,
      "method-not-allowed",
      "method-not-allowed",
      "Phương thức không được hỗ trợ",
      "method not allowed"),
  NOT_ACCEPTABLE(
      406,
      "not-acceptable",
      "not-acceptable",
      "Định dạng trả về không được hỗ trợ",
      "not acceptable"),
  CONFLICT(409, "conflict", "conflict", "Xung đột dữ liệu", "conflict"),
  REPORT_LOCKED(
      409,
      "report-locked",
      "report-locked",
      "Số liệu đã khóa bởi báo cáo đã duyệt",
      "locked by an approved report"),
  PRECONDITION_FAILED(
      412,
      "precondition-failed",
      "stale",
      "Dữ liệu đã bị thay đổi bởi người khác",
      "stale If-Match"),
  LENGTH_REQUIRED(
      411, "length-required", "length-required", "Thiếu Content-Length", "Content-Length required"),
  CONTENT_TOO_LARGE(
      413, "content-too-large", "too-large", "Nội dung gửi lên vượt giới hạn", "content too large"),
  URI_TOO_LONG(
      414, "uri-too-long", "uri-too-long", "Địa chỉ yêu cầu quá dài", "request URI too long"),
  UNSUPPORTED_MEDIA_TYPE(
      415,
      "unsupported-media-type",
      "unsupported-media-type",
      "Định dạng dữ liệu gửi lên không được hỗ trợ",
      "unsupported media type"),
  UNPROCESSABLE(
      422, "unprocessable", "unprocessable", "Dữ liệu không thể xử lý", "unprocessable content"),
  /**
   * A refused batch and a refused file share one type, so that clients handle both alike; each
   * title names what was refused.
   */
  BATCH_REJECTED(
      422,
      "import-rejected",
      "import-rejected",
      "Lô dữ liệu bị từ chối, không giá trị nào được ghi",
      "batch rejected, nothing written"),
  FILE_REJECTED(
      422,
      "import-rejected",
      "import-rejected",
      "Tệp bị từ chối, không dòng nào được ghi",
      "import rejected, nothing written"),
  HEADERS_TOO_LARGE(
      431,
      "headers-too-large",
      "headers-too-large",
      "Phần đầu yêu cầu quá lớn",
      "request headers too large"),
  INTERNAL(500, "internal", "internal", "Lỗi hệ thống", "internal error"),
  OVERLOADED(
      503,
      "overloaded",
      "overloaded",
      "Hệ thống đang quá tải, hãy thử lại sau",
      "overloaded, retry later");

  public final int status;
  public final String uri;

  /** "Vietnamese (English)", as every message; see {@link Bilingual}. */
  public final String title;

  public final String code;

  ProblemType(int status, String slug, String code, String vi, String en) {
    this.status = status;
    this.uri = "urn:antq:problem:" + slug;
    this.code = code;
    this.title = new Bilingual(vi, en).in(Bilingual.Language.BOTH);
  }
}
