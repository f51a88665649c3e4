package vn.antq.registry.reporting;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingObligation", description = "Nghĩa vụ báo cáo: ai báo cáo gì, khi nào")
public record ReportingObligationDto(
    @Schema(example = "POINT_MONTHLY") String code,
    @Schema(example = "Báo cáo kết quả hằng tháng của điểm nhân rộng") String name,
    @Schema(
            description = "Chỉ tiêu phải báo cáo",
            example = "[\"TIPS_RECEIVED\", \"CASES_SOLVED\"]")
        List<String> indicatorCodes,
    @Schema(description = "Tần suất", example = "MONTH") Frequency frequency,
    @Schema(description = "Cấp báo cáo", example = "POINT") ReporterLevel reporterLevel,
    @Schema(description = "Áp dụng cho mô hình nào", example = "ALL") AppliesTo appliesTo,
    @Schema(
            nullable = true,
            description = "Lĩnh vực khi appliesTo = CATEGORY",
            example = "RESIDENTIAL")
        String categoryCode,
    @Schema(description = "Mô hình khi appliesTo = MODELS; rỗng nếu không", example = "[]")
        List<String> modelCodes,
    @Schema(description = "Hạn nộp: số ngày sau khi kỳ kết thúc", example = "5")
        int dueDaysAfterEnd,
    @Schema(example = "2024-01-01") LocalDate validFrom,
    @Schema(nullable = true, description = "Bỏ trống: còn hiệu lực", example = "2030-12-31")
        LocalDate validTo,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version) {}
