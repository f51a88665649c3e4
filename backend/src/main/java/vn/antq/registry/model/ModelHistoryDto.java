package vn.antq.registry.model;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModelStatusChange", description = "Một lần đổi trạng thái của mô hình")
public record ModelHistoryDto(
    @Schema(
            nullable = true,
            description = "Trạng thái trước (null khi tạo mới)",
            example = "ACTIVE")
        ModelStatus previousStatus,
    @Schema(example = "DORMANT") ModelStatus status,
    @Schema(nullable = true, example = "Tổ tự quản hoạt động cầm chừng") String reason,
    @Schema(example = "2024-06-30") LocalDate effectiveOn,
    Instant recordedAt) {

  static ModelHistoryDto from(ModelStatusChange c) {
    return new ModelHistoryDto(c.previousStatus, c.status, c.reason, c.effectiveOn, c.recordedAt);
  }
}
