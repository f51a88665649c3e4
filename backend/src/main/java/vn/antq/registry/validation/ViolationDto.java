package vn.antq.registry.validation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.outcome.OutcomeViolation;
import vn.antq.registry.outcome.UnitType;

@Schema(
    name = "ValidationViolation",
    description =
        "Một quy tắc kiểm tra bị vi phạm bởi các giá trị của một đơn vị báo cáo trong một kỳ")
public record ViolationDto(
    @Schema(example = "VALUABLE_TIPS_LE_TIPS") String ruleCode,
    @Schema(example = "Tin báo có giá trị không vượt quá tin báo tiếp nhận") String ruleName,
    @Schema(example = "ERROR") RuleImportance importance,
    @Schema(example = "LE") RuleOperator operator,
    @Schema(description = "Giá trị vế trái", example = "12") BigDecimal leftValue,
    @Schema(description = "Giá trị vế phải", example = "10") BigDecimal rightValue,
    @Schema(example = "202403") String period,
    @Schema(example = "POINT") UnitType unitType,
    @Schema(description = "Khóa đơn vị báo cáo", example = "P:1024") String unitKey,
    @Schema(nullable = true, example = "1024") Long pointId,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    @Schema(
            example =
                "Tin báo có giá trị không vượt quá tin báo tiếp nhận: vế trái 12 phải ≤ vế phải"
                    + " 10 (rule VALUABLE_TIPS_LE_TIPS: 12 must be ≤ 10)")
        String message) {

  static ViolationDto of(OutcomeViolation v) {
    return new ViolationDto(
        v.ruleCode(),
        v.ruleName(),
        RuleImportance.valueOf(v.importance()),
        RuleOperator.valueOf(v.operator()),
        v.leftValue(),
        v.rightValue(),
        v.period(),
        v.unitType(),
        v.unitKey(),
        v.pointId(),
        v.communeCode(),
        v.provinceCode(),
        v.message());
  }
}
