package vn.antq.registry.reporting;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReportStep",
    description = "Ghi chú khi nộp hay duyệt; lý do khi mở lại (bắt buộc khi mở lại)")
public record ReportStepInput(
    @Size(max = 1000, message = "Tối đa 1000 ký tự (at most 1000 characters)")
        @Schema(nullable = true, example = "Số liệu tháng 6 đã rà soát")
        String comment,
    @Size(max = 1000, message = "Tối đa 1000 ký tự (at most 1000 characters)")
        @Schema(nullable = true, description = "Bắt buộc khi mở lại", example = "Sai số tin báo")
        String reason) {}
