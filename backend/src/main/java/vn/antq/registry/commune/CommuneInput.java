package vn.antq.registry.commune;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(value = {"version"})
@Schema(
    name = "CommuneInput",
    description =
        "Dữ liệu tạo hoặc sửa một xã; khi sửa, `code` có thể bỏ trống hoặc phải trùng mã trên đường dẫn")
public record CommuneInput(
    @Pattern(regexp = "\\d{5}", message = "Mã xã gồm đúng 5 chữ số (5 digits)")
        @Schema(example = "03589")
        String code,
    @NotBlank(message = "Tên không được để trống (name is required)")
        @Size(max = 100, message = "Tên tối đa 100 ký tự (at most 100 characters)")
        @Schema(example = "Khổng Lào")
        String name,
    @Size(max = 150, message = "Tên đầy đủ tối đa 150 ký tự (at most 150 characters)")
        @Schema(
            description = "Mặc định: loại + tên (vd. \"Xã Khổng Lào\")",
            example = "Xã Khổng Lào")
        String fullName,
    @NotNull(message = "Thiếu loại: XA, PHUONG hoặc DAC_KHU (type is required)")
        @Schema(example = "XA")
        CommuneType type,
    @NotBlank(message = "Thiếu mã tỉnh (provinceCode is required)") @Schema(example = "12")
        String provinceCode,
    @Schema(example = "true") Boolean border,
    @Schema(example = "false") Boolean hotspot,
    @Schema(example = "true") Boolean ethnicMinority) {}
