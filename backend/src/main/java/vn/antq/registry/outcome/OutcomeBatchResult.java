package vn.antq.registry.outcome;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OutcomeBatchResult",
    description =
        "Kết quả ghi một lô: số bản ghi tạo mới, cập nhật, không đổi, bị từ chối, danh sách lỗi, và"
            + " các quy tắc kiểm tra bị vi phạm sau khi ghi")
public record OutcomeBatchResult(
    @Schema(
            description = "SUCCESS khi tất cả được ghi; ERROR khi có giá trị sai (không ghi gì)",
            example = "SUCCESS")
        String status,
    @Schema(example = "12") int created,
    @Schema(example = "3") int updated,
    @Schema(example = "1") int unchanged,
    @Schema(example = "0") int rejected,
    List<OutcomeConflict> conflicts,
    @Schema(
            description =
                "Quy tắc kiểm tra bị vi phạm bởi các giá trị của những đơn vị và kỳ lô này ghi"
                    + " (đọc sau khi ghi, gồm cả giá trị đã có): các giá trị vẫn được ghi; ERROR"
                    + " chặn nộp báo cáo. Rỗng khi lô bị từ chối")
        List<OutcomeViolation> violations) {

  public static final String SUCCESS = "SUCCESS";
  public static final String ERROR = "ERROR";

  /** A result before any check ran. */
  public OutcomeBatchResult(
      String status,
      int created,
      int updated,
      int unchanged,
      int rejected,
      List<OutcomeConflict> conflicts) {
    this(status, created, updated, unchanged, rejected, conflicts, List.of());
  }

  OutcomeBatchResult withViolations(List<OutcomeViolation> found) {
    return new OutcomeBatchResult(
        status, created, updated, unchanged, rejected, conflicts, List.copyOf(found));
  }
}
