package vn.antq.registry.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The signed-in user and what the API lets them write, so a client offers only what will succeed.
 */
@Schema(name = "Me")
public record MeDto(
    @Schema(example = "laichau.officer") String username,
    @Schema(
            nullable = true,
            description = "Tên hiển thị (claim `name`), nếu có",
            example = "Cán bộ Lai Châu")
        String name,
    @Schema(example = "[\"province-officer\"]") List<String> roles,
    @Schema(
            nullable = true,
            description = "Đơn vị trong token: mã tỉnh 2 chữ số hoặc mã xã 5 chữ số",
            example = "12")
        String unit,
    @Schema(
            description =
                "Phạm vi được ghi: ALL (trung ương), PROVINCE (tỉnh của đơn vị), COMMUNE (xã của đơn vị), NONE (chỉ xem)",
            enumeration = {"ALL", "PROVINCE", "COMMUNE", "NONE"},
            example = "PROVINCE")
        String writeScope,
    @Schema(
            nullable = true,
            description = "Tỉnh của đơn vị (với đơn vị xã: tỉnh chứa xã)",
            example = "12")
        String unitProvinceCode,
    @Schema(description = "Được xem nhật ký thay đổi") boolean seesAudit) {}
