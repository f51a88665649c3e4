package vn.antq.registry.summary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "QuietPoint",
    description = "Điểm đang hoạt động nhưng không có kết quả nào trong hai kỳ gần nhất")
public record QuietPointDto(
    @Schema(example = "12") long id,
    @Schema(nullable = true, example = "LCU-0001") String externalId,
    @Schema(example = "Bản Nậm Cai") String placeName,
    @Schema(example = "LCU-DHTQ") String modelCode,
    @Schema(example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    @Schema(example = "2021-03-15") LocalDate establishedOn,
    @Schema(example = "3") int teamCount,
    @Schema(example = "25") int memberCount,
    @Schema(
            nullable = true,
            description = "Kỳ gần nhất điểm có kết quả (null: chưa bao giờ)",
            example = "2025Q4")
        String lastReportedPeriod) {}
