package vn.antq.registry.category;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(value = {"version"})
@Schema(
    name = "ModelCategoryInput",
    description = "Tạo hoặc sửa lĩnh vực; khi sửa, `code` bỏ trống hoặc trùng đường dẫn")
public record CategoryInput(
    @Pattern(
            regexp = "[A-Z][A-Z0-9_]{1,39}",
            message = "Mã gồm chữ in hoa, số, '_' (2–40 ký tự) (A-Z, 0-9, _)")
        @Schema(example = "CHILD_PROTECTION")
        String code,
    @NotBlank(message = "Tên không được để trống (name is required)")
        @Size(max = 200, message = "Tên tối đa 200 ký tự (at most 200 characters)")
        @Schema(example = "Bảo vệ trẻ em")
        String name,
    @Size(max = 1000, message = "Mô tả tối đa 1000 ký tự (at most 1000 characters)")
        @Schema(example = "Phòng, chống xâm hại trẻ em")
        String description,
    @Schema(example = "11") Integer sortOrder) {}
