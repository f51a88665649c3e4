package vn.antq.registry.outlier;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.outcome.Outcome;
import vn.antq.registry.outcome.UnitType;

@Schema(name = "FollowUp", description = "Một giá trị được đánh dấu cần theo dõi")
public record FollowUpDto(
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
    @Schema(example = "Gọi điện xã kiểm tra lại số tin báo tháng 3") String comment,
    @Schema(nullable = true, example = "laichau.officer") String markedBy,
    Instant markedAt) {

  static FollowUpDto from(FollowUp mark, Outcome value) {
    return new FollowUpDto(
        mark.outcomeId,
        value.indicatorCode,
        value.period,
        value.unitType,
        value.unitKey,
        value.pointId,
        value.modelCode,
        value.communeCode,
        value.provinceCode,
        Plain.of(value.value),
        mark.comment,
        mark.markedBy,
        mark.markedAt);
  }
}
