package vn.antq.registry.outlier;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FollowUpMark", description = "Ai đánh dấu giá trị cần theo dõi, khi nào, vì sao")
public record FollowUpMarkDto(
    @Schema(example = "Gọi điện xã kiểm tra lại số tin báo tháng 3") String comment,
    @Schema(nullable = true, example = "laichau.officer") String markedBy,
    Instant markedAt) {

  static FollowUpMarkDto from(FollowUp mark) {
    return mark == null ? null : new FollowUpMarkDto(mark.comment, mark.markedBy, mark.markedAt);
  }
}
