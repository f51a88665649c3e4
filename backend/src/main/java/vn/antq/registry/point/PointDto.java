package vn.antq.registry.point;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.model.ModelStatus;

@Schema(name = "ReplicationPoint", description = "Điểm nhân rộng mô hình")
public record PointDto(
    @Schema(description = "Mã điểm do hệ thống cấp", example = "1024") Long id,
    @Schema(
            nullable = true,
            description = "Mã điểm ở hệ thống khác (duy nhất)",
            example = "LC-PT-0001")
        String externalId,
    @Schema(example = "LCU-DHTQ") String modelCode,
    @Schema(example = "03583") String communeCode,
    @Schema(description = "Suy ra từ xã", example = "12") String provinceCode,
    @Schema(
            nullable = true,
            description = "Mã xã cũ (trước 2025) đã được gửi, nếu có; điểm được lưu theo xã mới",
            example = "03589")
        String legacyCode,
    @Schema(example = "CLAN") PlaceType placeType,
    @Schema(example = "Dòng họ Giàng, bản Sì Choang") String placeName,
    @Schema(example = "2016-04-15") LocalDate establishedOn,
    @Schema(example = "ACTIVE") ModelStatus status,
    @Schema(nullable = true, description = "Ngày trạng thái hiện tại có hiệu lực")
        LocalDate statusSince,
    @Schema(description = "Số tổ", example = "3") int teamCount,
    @Schema(description = "Số thành viên", example = "42") int memberCount,
    @Schema(
            description = "Số người nòng cốt (trưởng bản, trưởng họ, người có uy tín)",
            example = "5")
        int coreMemberCount,
    @Schema(
            nullable = true,
            description =
                "Người phụ trách điểm; chỉ hiện với người đọc thuộc đơn vị của điểm (hoặc trung ương)",
            example = "Lò Văn Pằn")
        String leaderName,
    @Schema(
            nullable = true,
            description = "Điện thoại người phụ trách; chỉ hiện trong đơn vị của điểm",
            example = "0912345678")
        String leaderPhone,
    @Schema(
            description =
                "true khi tên, điện thoại người phụ trách bị ẩn vì người đọc ở ngoài đơn vị",
            example = "false")
        boolean leaderHidden,
    @Schema(nullable = true, example = "22.5312") BigDecimal latitude,
    @Schema(nullable = true, example = "103.3315") BigDecimal longitude,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version,
    Instant createdAt,
    Instant updatedAt) {}
