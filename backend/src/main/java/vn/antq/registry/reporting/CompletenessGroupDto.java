package vn.antq.registry.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "CompletenessGroup",
    description = "Tình hình báo cáo của một tỉnh hay một xã trong phạm vi đã chọn")
public record CompletenessGroupDto(
    @Schema(description = "Mã tỉnh hoặc mã xã", example = "12") String code,
    @Schema(example = "Lai Châu") String name,
    @Schema(example = "51") long expected,
    @Schema(example = "45") long reported,
    @Schema(example = "40") long onTime,
    @Schema(example = "5") long late,
    @Schema(example = "6") long missing) {}
