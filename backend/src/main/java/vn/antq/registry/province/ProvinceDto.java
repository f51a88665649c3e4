package vn.antq.registry.province;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Province",
    description = "Tỉnh, thành phố trực thuộc trung ương (34 đơn vị từ 01/7/2025)")
public record ProvinceDto(
    @Schema(description = "Mã tỉnh (2 chữ số)", example = "12") String code,
    @Schema(example = "Lai Châu") String name,
    @Schema(nullable = true, example = "Tỉnh Lai Châu") String fullName,
    @Schema(nullable = true, description = "TINH hoặc THANH_PHO", example = "TINH") String type,
    @Schema(nullable = true, description = "Dân số", example = "512601") Long population,
    @Schema(nullable = true, description = "Diện tích (km²)", example = "9068.73")
        BigDecimal areaKm2,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version) {}
