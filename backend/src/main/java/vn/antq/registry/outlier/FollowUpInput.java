package vn.antq.registry.outlier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "FollowUpInput",
    description = "Đánh dấu một giá trị cần theo dõi, kèm ghi chú vì sao (bắt buộc)")
public record FollowUpInput(
    @NotNull(message = "Thiếu mã giá trị (outcomeId is required)") @Schema(example = "5012")
        Long outcomeId,
    @NotBlank(message = "Cần ghi chú (comment is required)")
        @Size(max = 1000, message = "Tối đa 1000 ký tự (at most 1000 characters)")
        @Schema(example = "Gọi điện xã kiểm tra lại số tin báo tháng 3")
        String comment) {}
