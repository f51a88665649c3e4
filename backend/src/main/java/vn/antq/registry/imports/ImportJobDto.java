package vn.antq.registry.imports;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ImportJob",
    description =
        "Một lần nhập chạy nền: trạng thái, số dòng đã xử lý trên tổng, và kết quả khi xong")
public record ImportJobDto(
    @Schema(example = "42") Long id,
    @Schema(example = "outcomes") String kind,
    @Schema(description = "QUEUED, RUNNING, DONE hoặc FAILED", example = "RUNNING")
        ImportJob.State state,
    boolean dryRun,
    @Schema(example = "atomic") String mode,
    @Schema(description = "Số dòng đã đọc", example = "120000") long processed,
    @Schema(
            nullable = true,
            description = "Tổng số dòng (ước tính theo số dòng của tệp)",
            example = "1000000")
        Long total,
    @Schema(example = "laichau.officer") String createdBy,
    Instant createdAt,
    @Schema(nullable = true, example = "2026-11-21T08:15:02Z") Instant startedAt,
    @Schema(nullable = true, example = "2026-11-21T08:16:40Z") Instant finishedAt,
    @Schema(description = "Kết quả khi DONE", ref = "ImportResult") @JsonRawValue String result,
    @Schema(nullable = true, description = "Lý do khi FAILED") String error) {

  static ImportJobDto from(ImportJob job) {
    return new ImportJobDto(
        job.id,
        job.kind,
        job.state,
        job.dryRun,
        job.mode,
        job.processed,
        job.total,
        job.username,
        job.createdAt,
        job.startedAt,
        job.finishedAt,
        job.result,
        job.error);
  }
}
