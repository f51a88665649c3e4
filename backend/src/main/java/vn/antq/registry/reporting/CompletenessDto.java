package vn.antq.registry.reporting;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Completeness",
    description =
        "Tình hình báo cáo của một nghĩa vụ trong một kỳ: phải báo cáo, đã báo cáo (đúng hạn,"
            + " muộn), chưa báo cáo. reported = onTime + late; expected = reported + missing")
public record CompletenessDto(
    @Schema(example = "POINT_MONTHLY") String obligationCode,
    @Schema(example = "202406") String period,
    @Schema(nullable = true, description = "Bỏ trống: toàn quốc", example = "12")
        String provinceCode,
    @Schema(description = "Hạn nộp (giờ Việt Nam, hết ngày này)", example = "2024-07-05")
        LocalDate dueDate,
    @Schema(
            description =
                "Nghĩa vụ có hiệu lực trong kỳ (validFrom..validTo); false: không đơn vị nào phải"
                    + " báo cáo, mọi số đếm bằng 0")
        boolean inForce,
    @Schema(description = "Đơn vị phải báo cáo", example = "591") long expected,
    @Schema(description = "Đã có giá trị cho kỳ", example = "540") long reported,
    @Schema(description = "Giá trị đầu tiên trước hạn", example = "512") long onTime,
    @Schema(description = "Giá trị đầu tiên sau hạn", example = "28") long late,
    @Schema(description = "Chưa có giá trị nào", example = "51") long missing,
    @Schema(
            description =
                "Theo tỉnh hay theo xã (groupBy), theo mã; mỗi tỉnh hay xã của phạm vi, kể cả nơi"
                    + " không có điểm phải báo cáo. Rỗng khi không có groupBy")
        List<CompletenessGroupDto> groups) {}
