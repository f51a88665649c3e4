package vn.antq.registry.commune;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Commune", description = "Xã, phường, đặc khu")
public record CommuneDto(
    @Schema(description = "Mã xã (5 chữ số)", example = "03589") String code,
    @Schema(example = "Khổng Lào") String name,
    @Schema(nullable = true, example = "Xã Khổng Lào") String fullName,
    @Schema(example = "XA") CommuneType type,
    @Schema(example = "12") String provinceCode,
    @Schema(description = "Xã biên giới", example = "true") boolean border,
    @Schema(description = "Địa bàn trọng điểm, phức tạp về ANTT", example = "false")
        boolean hotspot,
    @Schema(description = "Vùng đồng bào dân tộc thiểu số", example = "true")
        boolean ethnicMinority,
    @Schema(description = "Phiên bản, dùng làm ETag", example = "0") int version) {}
