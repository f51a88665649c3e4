package vn.antq.registry.validation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(value = {"version"})
@Schema(
    name = "ValidationRuleInput",
    description =
        "Tạo hoặc sửa quy tắc kiểm tra; khi sửa, `code` bỏ trống hoặc trùng đường dẫn. Quy tắc so"
            + " sánh các giá trị của một đơn vị báo cáo trong một kỳ: vế trái `operator` vế phải")
public record ValidationRuleInput(
    @Pattern(
            regexp = "[A-Z][A-Z0-9_]{1,39}",
            message = "Mã gồm chữ in hoa, số, '_' (2–40 ký tự) (A-Z, 0-9, _)")
        @Schema(example = "VALUABLE_TIPS_LE_TIPS")
        String code,
    @NotBlank(message = "Tên không được để trống (name is required)")
        @Size(max = 200, message = "Tên tối đa 200 ký tự (at most 200 characters)")
        @Schema(example = "Tin báo có giá trị không vượt quá tin báo tiếp nhận")
        String name,
    @Size(max = 1000, message = "Mô tả tối đa 1000 ký tự (at most 1000 characters)")
        @Schema(nullable = true, example = "Tin có giá trị là một phần của tin báo tiếp nhận")
        String description,
    @NotNull(message = "Thiếu vế trái (leftSide is required)") @Valid RuleSideInput leftSide,
    @NotNull(message = "Thiếu phép so sánh (operator is required)") @Schema(example = "LE")
        RuleOperator operator,
    @NotNull(message = "Thiếu vế phải (rightSide is required)") @Valid RuleSideInput rightSide,
    @NotNull(message = "Thiếu mức độ (importance is required)") @Schema(example = "ERROR")
        RuleImportance importance,
    @Schema(description = "Mặc định SKIP_IF_ANY_MISSING", example = "SKIP_IF_ANY_MISSING")
        MissingValues missingValues) {}
