package vn.antq.registry.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ValidationRule",
    description =
        "Quy tắc kiểm tra tính hợp lý của số liệu một đơn vị trong một kỳ: vế trái `operator` vế"
            + " phải")
public record ValidationRuleDto(
    @Schema(example = "VALUABLE_TIPS_LE_TIPS") String code,
    @Schema(example = "Tin báo có giá trị không vượt quá tin báo tiếp nhận") String name,
    @Schema(nullable = true, example = "Tin có giá trị là một phần của tin báo tiếp nhận")
        String description,
    RuleSide leftSide,
    @Schema(example = "LE") RuleOperator operator,
    RuleSide rightSide,
    @Schema(example = "ERROR") RuleImportance importance,
    @Schema(example = "SKIP_IF_ANY_MISSING") MissingValues missingValues,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version) {}
