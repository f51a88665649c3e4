package vn.antq.registry.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AuditEntry",
    description = "Một thay đổi đã ghi nhận: ai, khi nào, thực thể nào, giá trị trước và sau")
public record AuditDto(
    @Schema(example = "1024") Long id,
    @Schema(example = "2026-11-21T08:15:30.120Z") Instant occurredAt,
    @Schema(description = "Mã định danh (sub) của người dùng hoặc client trong Keycloak")
        String subject,
    @Schema(example = "laichau.officer") String username,
    @Schema(nullable = true, description = "Client đã cấp token", example = "antq-cli")
        String clientId,
    @Schema(
            description =
                "model, replication-point, outcome, commune, province, indicator, model-category, import",
            example = "model")
        String entity,
    @Schema(description = "Mã mô hình, mã điểm, mã giá trị kết quả...", example = "LCU-DHTQ")
        String key,
    @Schema(example = "UPDATE") AuditAction action,
    @Schema(nullable = true, example = "12") String provinceCode,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(
            nullable = true,
            description = "Bản ghi trước khi đổi (null khi tạo mới)",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        @JsonRawValue
        String before,
    @Schema(
            nullable = true,
            description = "Bản ghi sau khi đổi (null khi xóa)",
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        @JsonRawValue
        String after,
    @Schema(
            nullable = true,
            description =
                "Lần nhập tệp đã ghi thay đổi này (id của thực thể `import` trong nhật ký); null khi"
                    + " không qua nhập tệp",
            example = "17")
        Long importId,
    @Schema(
            nullable = true,
            description = "SHA-256 (hex) của tệp đã nhập, khi thay đổi đến từ một lần nhập tệp",
            example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String fileSha256) {

  /** The entry with its import's file hash. */
  AuditDto withFile(String sha256) {
    return new AuditDto(
        id,
        occurredAt,
        subject,
        username,
        clientId,
        entity,
        key,
        action,
        provinceCode,
        communeCode,
        before,
        after,
        importId,
        sha256);
  }

  static AuditDto from(AuditEntry e) {
    return new AuditDto(
        e.id,
        e.occurredAt,
        e.subject,
        e.username,
        e.clientId,
        e.entity,
        e.entityKey,
        e.action,
        e.provinceCode,
        e.communeCode,
        e.beforeValue,
        e.afterValue,
        e.importId,
        null);
  }
}
