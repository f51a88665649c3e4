package vn.antq.registry.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Summary",
    description =
        """
    Số liệu tổng hợp của cả nước, một tỉnh hoặc một mô hình. Số mô hình, điểm, tổ, thành viên tính tại ngày cuối kỳ \
    (`asOf`): mô hình bắt đầu, điểm thành lập đến ngày đó và chưa thanh loại trước ngày đó. `outcomes` là kết quả trong kỳ.""")
public record SummaryDto(
    @Schema(nullable = true, description = "Kỳ đã hỏi (null: hiện tại)", example = "2024S1")
        String period,
    @Schema(description = "Ngày tính số mô hình, điểm", example = "2024-06-30") LocalDate asOf,
    @Schema(example = "51") long modelCount,
    @Schema(description = "Mô hình được Bộ Công an công nhận, nhân rộng toàn quốc", example = "2")
        long nationalModelCount,
    @Schema(example = "591") long pointCount,
    @Schema(example = "580") long activePointCount,
    @Schema(description = "Số tổ", example = "5817") long teamCount,
    @Schema(description = "Số thành viên", example = "35122") long memberCount,
    @Schema(description = "Số người nòng cốt", example = "1200") long coreMemberCount,
    @Schema(description = "Số xã, phường, đặc khu trong phạm vi", example = "38") long communeCount,
    @Schema(description = "Số xã có ít nhất một điểm đang hoạt động", example = "30")
        long coveredCommuneCount,
    @Schema(
            nullable = true,
            description = "Tỷ lệ xã có điểm đang hoạt động (0..1)",
            example = "0.7895")
        BigDecimal coverage,
    List<OutcomeTotal> outcomes) {

  @Schema(name = "SummaryOutcome", description = "Tổng một chỉ tiêu trong kỳ")
  public record OutcomeTotal(
      @Schema(example = "TIPS_RECEIVED") String indicatorCode,
      @Schema(example = "Tin báo, tố giác tội phạm tiếp nhận") String name,
      @Schema(nullable = true, example = "tin") String unit,
      @Schema(example = "549") BigDecimal value) {}
}
