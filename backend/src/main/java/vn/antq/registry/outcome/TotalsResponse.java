package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Totals of /outcomes/summary; each item holds the asked groupBy fields and the value. */
@Schema(
    name = "OutcomeTotals",
    description = "Tổng hợp kết quả; mỗi dòng có các trường trong `groupBy` và `value`")
public record TotalsResponse(
    @Schema(
            implementation = TotalsResponse.Item.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)
        List<Map<String, Object>> items) {

  @Schema(
      name = "OutcomeTotal",
      description =
          "Một dòng tổng hợp; chỉ có các trường được nhóm theo (giá trị null: báo cáo ở cấp cao hơn, vd. communeCode null là giá trị báo cáo cho cả tỉnh)")
  public record Item(
      @Schema(nullable = true, example = "12") String provinceCode,
      @Schema(nullable = true, example = "03583") String communeCode,
      @Schema(nullable = true, example = "LCU-DHTQ") String modelCode,
      @Schema(nullable = true, example = "TIPS_RECEIVED") String indicatorCode,
      @Schema(nullable = true, example = "2024S1") String period,
      @Schema(example = "549") BigDecimal value) {}
}
