package vn.antq.registry.reporting;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LateUnit",
    description = "Điểm nhân rộng phải báo cáo mà nộp muộn hoặc chưa nộp: danh sách để nhắc")
public record LateUnitDto(
    @Schema(example = "12") long pointId,
    @Schema(example = "Bản Nậm Cai") String placeName,
    @Schema(example = "LCU-DHTQ") String modelCode,
    @Schema(example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    LateUnitState state,
    @Schema(
            nullable = true,
            description = "Lúc lưu giá trị đầu tiên của kỳ; null khi chưa có",
            example = "2024-07-08T02:15:00Z")
        Instant firstValueAt) {}
