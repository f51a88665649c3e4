package vn.antq.registry.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReportStatus",
    description =
        "Báo cáo của một đơn vị cho một nghĩa vụ và kỳ: trạng thái, ai nộp, ai duyệt, khóa, và"
            + " người gọi được làm gì lúc này (may) hay vì sao không (why)")
public record ReportStatusDto(
    @Schema(example = "POINT_MONTHLY") String obligationCode,
    @Schema(example = "Báo cáo kết quả hằng tháng của điểm nhân rộng") String obligationName,
    @Schema(example = "202406") String period,
    @Schema(description = "Hạn nộp (giờ Việt Nam, hết ngày này)", example = "2024-07-05")
        LocalDate dueDate,
    ReporterLevel unitType,
    @Schema(description = "Mã điểm, mã xã hay mã tỉnh", example = "12") String unit,
    @Schema(example = "Bản Nậm Cai") String unitName,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    ReportWorkflow workflow,
    ReportState state,
    @Schema(description = "Có số liệu hay đã nộp, nhưng sau hạn") boolean late,
    @Schema(nullable = true, description = "Lúc lưu giá trị đầu tiên của kỳ") Instant firstValueAt,
    @Schema(nullable = true) String submittedBy,
    @Schema(nullable = true) Instant submittedAt,
    @Schema(nullable = true) String submitComment,
    @Schema(nullable = true) String approvedBy,
    @Schema(nullable = true) Instant approvedAt,
    @Schema(nullable = true) String reopenedBy,
    @Schema(nullable = true) Instant reopenedAt,
    @Schema(nullable = true) String reopenReason,
    @Schema(description = "Đã duyệt: số liệu của đơn vị trong kỳ bị khóa") boolean locked,
    ReportActionsDto may,
    ReportReasonsDto why,
    @Schema(
            nullable = true,
            description =
                "Số vi phạm quy tắc mức ERROR chặn việc nộp; null trong danh sách (chỉ tính khi"
                    + " hỏi một báo cáo)")
        Integer blockingViolations) {

  @Schema(name = "ReportActions", description = "Người gọi được làm gì lúc này")
  public record ReportActionsDto(boolean edit, boolean submit, boolean approve, boolean reopen) {}

  @Schema(name = "ReportReasons", description = "Vì sao không (null: được làm)")
  public record ReportReasonsDto(
      @Schema(nullable = true) String edit,
      @Schema(nullable = true) String submit,
      @Schema(nullable = true) String approve,
      @Schema(nullable = true) String reopen) {}
}
