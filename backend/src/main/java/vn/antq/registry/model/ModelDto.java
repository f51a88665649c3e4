package vn.antq.registry.model;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Model", description = "Mô hình, điển hình tiên tiến")
public record ModelDto(
    @Schema(example = "LCU-DHTQ") String code,
    @Schema(example = "Dòng họ tự quản về ANTT") String name,
    @Schema(
            nullable = true,
            example =
                "Các dòng họ ký cam kết không vi phạm pháp luật, tự quản con cháu, hòa giải mâu thuẫn trong họ.")
        String description,
    @Schema(example = "ETHNIC_RELIGIOUS") String categoryCode,
    @Schema(description = "Tỉnh nơi xây dựng mô hình", example = "12") String provinceCode,
    @Schema(nullable = true, description = "Xã nơi xây dựng mô hình (nếu có)", example = "03583")
        String communeCode,
    @Schema(
            nullable = true,
            description =
                "Mã tỉnh hoặc xã cũ (trước 2025) đã được gửi, nếu có; mô hình được lưu theo đơn vị mới",
            example = "02")
        String legacyCode,
    @Schema(
            nullable = true,
            description = "Cơ quan, tổ chức chủ trì",
            example = "Công an tỉnh Lai Châu")
        String leadOrganisation,
    @Schema(nullable = true, example = "2012-03-01") LocalDate startedOn,
    @Schema(nullable = true, example = "PROVINCE") RecognitionLevel recognitionLevel,
    @Schema(nullable = true, example = "2014-05-10") LocalDate recognizedOn,
    @Schema(
            nullable = true,
            description = "Số quyết định công nhận",
            example = "Quyết định số 512/QĐ-UBND")
        String recognitionDecision,
    @Schema(example = "ACTIVE") ModelStatus status,
    @Schema(nullable = true, description = "Lý do trạng thái (bắt buộc khi DORMANT, RETIRED)")
        String statusReason,
    @Schema(description = "Ngày trạng thái hiện tại có hiệu lực", example = "2012-03-01")
        LocalDate statusSince,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version,
    Instant createdAt,
    Instant updatedAt) {}
