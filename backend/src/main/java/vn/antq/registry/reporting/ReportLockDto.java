package vn.antq.registry.reporting;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReportLock",
    description =
        "Một báo cáo đã duyệt khóa số liệu: các chỉ tiêu của đơn vị trong kỳ của nó và mọi kỳ nhỏ"
            + " hơn nằm trong kỳ đó")
public record ReportLockDto(
    @Schema(example = "POINT_MONTHLY") String obligationCode,
    String obligationName,
    @Schema(example = "202406") String period,
    ReporterLevel unitType,
    @Schema(example = "12") String unit,
    @Schema(nullable = true, example = "12") Long pointId,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(example = "12") String provinceCode,
    List<String> indicatorCodes,
    String approvedBy,
    Instant approvedAt,
    @Schema(
            description = "Ai mở lại được (vai trò và đơn vị)",
            example = "province-officer 12, central-admin")
        String reopenBy) {}
