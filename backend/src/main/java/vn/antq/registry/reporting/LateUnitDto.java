package vn.antq.registry.reporting;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LateUnit",
    description = "Đơn vị phải báo cáo mà nộp muộn hoặc chưa nộp: danh sách để nhắc")
public record LateUnitDto(
    ReporterLevel unitType,
    @Schema(description = "Mã điểm, mã xã hay mã tỉnh, như trong đường dẫn báo cáo", example = "12")
        String unit,
    @Schema(example = "Bản Nậm Cai") String unitName,
    @Schema(nullable = true, description = "Chỉ với đơn vị là điểm", example = "12") Long pointId,
    @Schema(nullable = true, description = "Chỉ với đơn vị là điểm", example = "Bản Nậm Cai")
        String placeName,
    @Schema(nullable = true, example = "LCU-DHTQ") String modelCode,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    LateUnitState state,
    @Schema(
            nullable = true,
            description = "Lúc có giá trị đầu tiên hay lúc nộp lần đầu; null khi chưa có",
            example = "2024-07-08T02:15:00Z")
        Instant firstValueAt) {}
