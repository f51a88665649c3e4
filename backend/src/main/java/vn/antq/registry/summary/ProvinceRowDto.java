package vn.antq.registry.summary;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ProvinceSummaryRow",
    description = "Số liệu một tỉnh tại cuối kỳ, để so sánh 34 tỉnh")
public record ProvinceRowDto(
    @Schema(example = "12") String provinceCode,
    @Schema(example = "Lai Châu") String provinceName,
    @Schema(example = "51") long modelCount,
    @Schema(example = "1") long nationalModelCount,
    @Schema(example = "591") long pointCount,
    @Schema(example = "580") long activePointCount,
    @Schema(example = "1200") long teamCount,
    @Schema(example = "35122") long memberCount,
    @Schema(description = "Số xã, phường, đặc khu của tỉnh", example = "38") long communeCount,
    @Schema(description = "Số xã có ít nhất một điểm đang hoạt động", example = "30")
        long coveredCommuneCount,
    @Schema(
            nullable = true,
            description = "Tỷ lệ xã có điểm đang hoạt động (0..1)",
            example = "0.7895")
        BigDecimal coverage) {}
