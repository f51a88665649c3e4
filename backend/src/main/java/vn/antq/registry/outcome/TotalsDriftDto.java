package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OutcomeTotalsDrift",
    description =
        "Kết quả so sánh bảng tổng hợp kết quả (duy trì cùng giao dịch ghi) với phép tính lại từ các giá trị đã lưu")
public record TotalsDriftDto(
    @Schema(description = "Thời điểm kiểm tra") Instant checkedAt,
    @Schema(description = "Số giá trị kết quả đã lưu", example = "2400000") long valueCount,
    @Schema(description = "true: các dòng lệch đã được thay bằng phép tính lại") boolean repaired,
    @Schema(description = "Tổng số dòng lệch (0: khớp hoàn toàn)", example = "0") long driftRows,
    List<Table> tables) {

  @Schema(name = "OutcomeTotalsDriftTable", description = "Một bảng tổng hợp")
  public record Table(
      @Schema(example = "outcome_total_province") String table,
      @Schema(description = "Số dòng theo phép tính lại", example = "12920") long rows,
      @Schema(example = "0") long driftRows,
      @Schema(description = "Tối đa 20 dòng lệch") List<Row> samples) {}

  @Schema(name = "OutcomeTotalsDriftRow", description = "Một dòng lệch")
  public record Row(
      @Schema(example = "2024Q1") String period,
      @Schema(
              description =
                  "Khoá của dòng: provinceCode, communeCode, modelCode, indicatorCode (khoá trống — giá trị cấp tỉnh, không theo mô hình — không có mặt)",
              example = "{\"provinceCode\": \"12\", \"indicatorCode\": \"TIPS_RECEIVED\"}")
          Map<String, String> key,
      @Schema(nullable = true, description = "Đang lưu (null: không có dòng)") Figures stored,
      @Schema(nullable = true, description = "Tính lại (null: không có giá trị nào)")
          Figures expected) {}

  @Schema(name = "OutcomeTotalsFigures")
  public record Figures(
      @Schema(description = "Tổng mọi giá trị trong kỳ") BigDecimal value,
      @Schema(description = "Số giá trị trong kỳ") long valueCount,
      @Schema(description = "Tổng giá trị báo cáo đúng kỳ này") BigDecimal directValue,
      @Schema(description = "Số giá trị báo cáo đúng kỳ này") long directCount) {}
}
