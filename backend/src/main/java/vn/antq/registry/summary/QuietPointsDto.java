package vn.antq.registry.summary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuietPoints", description = "Một trang điểm im lặng và hai kỳ đã xét")
public record QuietPointsDto(
    @Schema(
            description = "Hai kỳ trọn vẹn gần nhất đã xét, cũ trước",
            example = "[\"2026Q2\", \"2026Q3\"]")
        List<String> periods,
    List<QuietPointDto> items,
    @Schema(example = "0") int page,
    @Schema(example = "50") int size,
    @Schema(example = "7") long total) {}
