package vn.antq.registry.outlier;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.outcome.UnitType;

@Schema(
    name = "Outlier",
    description =
        "Một giá trị xa lịch sử của chính đơn vị cho chỉ tiêu đó (hoặc ngoài khoảng hợp lý), với"
            + " điểm số và lịch sử đã dùng để đánh giá")
public record OutlierDto(
    @Schema(example = "5012") Long outcomeId,
    @Schema(example = "TIPS_RECEIVED") String indicatorCode,
    @Schema(example = "202403") String period,
    @Schema(example = "POINT") UnitType unitType,
    @Schema(example = "P:1024") String unitKey,
    @Schema(nullable = true, example = "1024") Long pointId,
    @Schema(nullable = true, example = "LCU-DHTQ") String modelCode,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    @Schema(example = "40") BigDecimal value,
    @Schema(
            description =
                "MAD: điểm z hiệu chỉnh 0,6745·(x − trung vị)/MAD, bất thường khi |z| > 3,5;"
                    + " POISSON: lịch sử phẳng (MAD = 0), P(X ≥ x) với λ = max(trung bình, 0,5)"
                    + " dưới 0,001; BOUNDS: ngoài khoảng hợp lý của chỉ tiêu",
            example = "MAD")
        OutlierMethod method,
    @Schema(
            nullable = true,
            description = "MAD: điểm z; POISSON: xác suất P(X ≥ x); BOUNDS: không có",
            example = "24.282")
        BigDecimal score,
    @Schema(nullable = true, description = "Trung vị lịch sử (lịch sử đủ 6 kỳ)", example = "4")
        BigDecimal median,
    @Schema(nullable = true, description = "Độ lệch tuyệt đối trung vị", example = "1")
        BigDecimal mad,
    @Schema(nullable = true, description = "Dưới mức này là bất thường", example = "0")
        BigDecimal lowerBound,
    @Schema(
            nullable = true,
            description = "Trên mức này (POISSON: từ mức này) là bất thường",
            example = "9.189")
        BigDecimal upperBound,
    @Schema(description = "Tối đa 12 kỳ trước cùng loại, cũ trước") List<HistoryValue> history,
    @Schema(nullable = true, description = "Đánh dấu cần theo dõi, nếu có")
        FollowUpMarkDto followUp) {

  @Schema(name = "OutlierHistoryValue", description = "Một kỳ trong lịch sử của đơn vị")
  public record HistoryValue(
      @Schema(example = "202402") String period, @Schema(example = "3") BigDecimal value) {}
}
