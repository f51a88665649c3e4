package vn.antq.registry.common;

/** The kinds of problem the API answers with; each has a stable type URI and a bilingual title. */
public enum ProblemType {
  BAD_REQUEST(400, "bad-request", "Yêu cầu không hợp lệ (bad request)"),
  VALIDATION(400, "validation", "Dữ liệu không hợp lệ (invalid data)"),
  UNAUTHORIZED(401, "unauthorized", "Chưa đăng nhập hoặc token không hợp lệ (unauthorized)"),
  FORBIDDEN(403, "forbidden", "Không có quyền (forbidden)"),
  NOT_FOUND(404, "not-found", "Không tìm thấy (not found)"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được hỗ trợ (method not allowed)"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Định dạng trả về không được hỗ trợ (not acceptable)"),
  CONFLICT(409, "conflict", "Xung đột dữ liệu (conflict)"),
  PRECONDITION_FAILED(412, "precondition-failed", "Dữ liệu đã bị thay đổi bởi người khác (stale If-Match)"),
  CONTENT_TOO_LARGE(413, "content-too-large", "Dữ liệu gửi lên vượt giới hạn (content too large)"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Định dạng dữ liệu gửi lên không được hỗ trợ (unsupported media type)"),
  UNPROCESSABLE(422, "unprocessable", "Dữ liệu không thể xử lý (unprocessable content)"),
  INTERNAL(500, "internal", "Lỗi hệ thống (internal error)");

  public final int status;
  public final String uri;
  public final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.uri = "urn:antq:problem:" + slug;
    this.title = title;
  }
}
