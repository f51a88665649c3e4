package vn.antq.registry.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "Chỉ tiêu kết quả")
public record IndicatorDto(
    @Schema(example = "FIRECRACKERS_KG") String code,
    @Schema(example = "Pháo nổ thu giữ") String name,
    @Schema(nullable = true, description = "Đơn vị tính", example = "kg") String unit,
    @Schema(description = "Cho phép số thập phân", example = "true") boolean fractional,
    @Schema(
            nullable = true,
            example = "Pháo nổ các loại do Nhân dân giao nộp, lực lượng chức năng thu giữ")
        String description,
    @Schema(example = "7") int sortOrder,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version) {}
