package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Outcome", description = "Một giá trị kết quả đã lưu")
public record OutcomeDto(
    @Schema(example = "5012") Long id,
    @Schema(example = "TIPS_RECEIVED") String indicatorCode,
    @Schema(example = "202403") String period,
    @Schema(example = "12") BigDecimal value,
    @Schema(example = "POINT") UnitType unitType,
    @Schema(nullable = true, example = "1024") Long pointId,
    @Schema(nullable = true, example = "LCU-DHTQ") String modelCode,
    @Schema(nullable = true, example = "03583") String communeCode,
    @Schema(nullable = true, example = "12") String provinceCode,
    @Schema(
            nullable = true,
            description =
                "Mã cũ (trước 2025) mà giá trị được báo cáo kèm, nếu có; giá trị được lưu theo đơn vị mới",
            example = "03589")
        String legacyCode,
    @Schema(description = "Phiên bản", example = "0") int version,
    Instant createdAt,
    Instant updatedAt) {

  static OutcomeDto from(Outcome o) {
    return new OutcomeDto(
        o.id,
        o.indicatorCode,
        o.period,
        Numbers.plain(o.value),
        o.unitType,
        o.pointId,
        o.modelCode,
        o.communeCode,
        o.provinceCode,
        o.legacyCode,
        o.version,
        o.createdAt,
        o.updatedAt);
  }
}
