package vn.antq.registry.outlier;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutlierBound", description = "Khoảng hợp lý của một chỉ tiêu")
public record OutlierBoundDto(
    @Schema(example = "TIPS_RECEIVED") String indicatorCode,
    @Schema(nullable = true, description = "Bỏ trống: không giới hạn dưới", example = "0")
        BigDecimal min,
    @Schema(nullable = true, description = "Bỏ trống: không giới hạn trên", example = "200")
        BigDecimal max,
    @Schema(nullable = true, example = "central.admin") String updatedBy,
    Instant updatedAt) {

  static OutlierBoundDto from(OutlierBound bound) {
    return new OutlierBoundDto(
        bound.indicatorCode,
        Plain.of(bound.min),
        Plain.of(bound.max),
        bound.updatedBy,
        bound.updatedAt);
  }
}
