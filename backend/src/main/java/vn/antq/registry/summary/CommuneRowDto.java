package vn.antq.registry.summary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CommuneSummaryRow",
    description = "Một xã của tỉnh: mô hình được nhân rộng, điểm, tổ, thành viên tại cuối kỳ")
public record CommuneRowDto(
    @Schema(example = "03549") String communeCode,
    @Schema(example = "Xã Phong Thổ") String communeName,
    @Schema(description = "Số mô hình có điểm trong xã", example = "3") long modelCount,
    @Schema(example = "12") long pointCount,
    @Schema(example = "11") long activePointCount,
    @Schema(example = "30") long teamCount,
    @Schema(example = "250") long memberCount,
    @Schema(description = "Xã có ít nhất một điểm đang hoạt động") boolean covered) {}
