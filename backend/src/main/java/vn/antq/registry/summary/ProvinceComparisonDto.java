package vn.antq.registry.summary;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ProvinceComparison",
    description = "34 tỉnh, thành phố cạnh nhau: số mô hình, điểm, độ phủ xã tại cuối kỳ")
public record ProvinceComparisonDto(
    @Schema(nullable = true, description = "Kỳ đã hỏi (null: hiện tại)", example = "2024")
        String period,
    @Schema(description = "Ngày tính số liệu", example = "2024-12-31") LocalDate asOf,
    List<ProvinceRowDto> items) {}
