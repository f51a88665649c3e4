package vn.antq.registry.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModelCategory", description = "Lĩnh vực của mô hình")
public record CategoryDto(
    @Schema(example = "ETHNIC_RELIGIOUS") String code,
    @Schema(example = "Dân tộc, tôn giáo, dòng họ") String name,
    @Schema(
            nullable = true,
            example = "Vùng đồng bào dân tộc thiểu số, cơ sở tôn giáo, dòng họ tự quản")
        String description,
    @Schema(description = "Thứ tự hiển thị", example = "2") int sortOrder,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version) {}
