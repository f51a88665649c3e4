package vn.antq.registry.outcome;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A check on saved values that failed (a validation rule), as the writer is told at once. */
@Schema(
    name = "OutcomeViolation",
    description =
        "Quy tắc kiểm tra bị vi phạm bởi các giá trị của một đơn vị trong một kỳ: ERROR chặn nộp báo"
            + " cáo, WARNING chỉ cảnh báo; không quy tắc nào chặn việc ghi giá trị")
public record OutcomeViolation(
    @Schema(example = "VALUABLE_TIPS_LE_TIPS") String ruleCode,
    @Schema(example = "Tin báo có giá trị không vượt quá tin báo tiếp nhận") String ruleName,
    @Schema(description = "ERROR hoặc WARNING", example = "ERROR") String importance,
    @Schema(description = "LT, LE, EQ, NE, GE, GT", example = "LE") String operator,
    @Schema(description = "Giá trị vế trái", example = "12") BigDecimal leftValue,
    @Schema(description = "Giá trị vế phải", example = "10") BigDecimal rightValue,
    @Schema(example = "202403") String period,
    @Schema(example = "POINT") UnitType unitType,
    @Schema(description = "Khóa đơn vị báo cáo", example = "P:1024") String unitKey,
    @Schema(nullable = true, example = "1024") Long pointId,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    @Schema(
            description = "Mô tả vi phạm (tiếng Việt, kèm tiếng Anh trong ngoặc)",
            example =
                "Tin báo có giá trị không vượt quá tin báo tiếp nhận: vế trái 12 phải ≤ vế phải"
                    + " 10 (rule VALUABLE_TIPS_LE_TIPS: 12 must be ≤ 10)")
        String message) {}
