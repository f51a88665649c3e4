package vn.antq.registry.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(value = {"version"})
@Schema(
    name = "IndicatorInput",
    description = "Tạo hoặc sửa chỉ tiêu; khi sửa, `code` bỏ trống hoặc trùng đường dẫn")
public record IndicatorInput(
    @Pattern(
            regexp = "[A-Z][A-Z0-9_]{1,39}",
            message = "Mã gồm chữ in hoa, số, '_' (2–40 ký tự) (A-Z, 0-9, _)")
        @Schema(example = "KNIVES_HANDED_IN")
        String code,
    @NotBlank(message = "Tên không được để trống (name is required)")
        @Size(max = 200, message = "Tên tối đa 200 ký tự (at most 200 characters)")
        @Schema(example = "Dao, kiếm các loại được giao nộp")
        String name,
    @NotBlank(message = "Thiếu đơn vị tính (unit is required)")
        @Size(max = 40, message = "Đơn vị tối đa 40 ký tự (at most 40 characters)")
        @Schema(example = "chiếc")
        String unit,
    @Schema(description = "Cho phép số thập phân (mặc định false)", example = "false")
        Boolean fractional,
    @Size(max = 1000, message = "Mô tả tối đa 1000 ký tự (at most 1000 characters)")
        String description,
    @Schema(example = "20") Integer sortOrder) {}
