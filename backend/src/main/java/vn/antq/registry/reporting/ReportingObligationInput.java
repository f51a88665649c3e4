package vn.antq.registry.reporting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(value = {"version"})
@Schema(
    name = "ReportingObligationInput",
    description =
        "Tạo hoặc sửa nghĩa vụ báo cáo; khi sửa, `code` bỏ trống hoặc trùng đường dẫn."
            + " `appliesTo`: ALL (mọi mô hình), CATEGORY (kèm `categoryCode`),"
            + " MODELS (kèm `modelCodes`)")
public record ReportingObligationInput(
    @Pattern(
            regexp = "[A-Z][A-Z0-9_]{1,39}",
            message = "Mã gồm chữ in hoa, số, '_' (2–40 ký tự) (A-Z, 0-9, _)")
        @Schema(example = "POINT_MONTHLY")
        String code,
    @NotBlank(message = "Tên không được để trống (name is required)")
        @Size(max = 200, message = "Tên tối đa 200 ký tự (at most 200 characters)")
        @Schema(example = "Báo cáo kết quả hằng tháng của điểm nhân rộng")
        String name,
    @NotEmpty(message = "Cần ít nhất một chỉ tiêu (at least one indicator is required)")
        @Size(max = 100, message = "Tối đa 100 chỉ tiêu (at most 100 indicators)")
        @Schema(example = "[\"TIPS_RECEIVED\", \"CASES_SOLVED\"]")
        List<String> indicatorCodes,
    @NotNull(message = "Thiếu tần suất (frequency is required)") @Schema(example = "MONTH")
        Frequency frequency,
    @NotNull(message = "Thiếu cấp báo cáo (reporterLevel is required)") @Schema(example = "POINT")
        ReporterLevel reporterLevel,
    @Schema(description = "Mặc định ALL", example = "ALL") AppliesTo appliesTo,
    @Schema(description = "Bắt buộc khi appliesTo = CATEGORY", example = "RESIDENTIAL")
        String categoryCode,
    @Size(max = 500, message = "Tối đa 500 mô hình (at most 500 models)")
        @Schema(description = "Bắt buộc khi appliesTo = MODELS", example = "[\"LCU-DHTQ\"]")
        List<String> modelCodes,
    @NotNull(message = "Thiếu hạn nộp (dueDaysAfterEnd is required)")
        @Min(value = 0, message = "Hạn nộp không được âm (must be at least 0)")
        @Max(value = 366, message = "Hạn nộp tối đa 366 ngày (at most 366)")
        @Schema(description = "Hạn nộp: số ngày sau khi kỳ kết thúc", example = "5")
        Integer dueDaysAfterEnd,
    @NotNull(message = "Thiếu ngày bắt đầu hiệu lực (validFrom is required)")
        @Schema(example = "2024-01-01")
        LocalDate validFrom,
    @Schema(description = "Bỏ trống: còn hiệu lực", example = "2030-12-31") LocalDate validTo) {}
