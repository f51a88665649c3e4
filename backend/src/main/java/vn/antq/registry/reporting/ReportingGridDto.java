package vn.antq.registry.reporting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReportingGrid",
    description =
        "Đơn vị × các kỳ gần đây của một nghĩa vụ: toàn quốc theo tỉnh, một tỉnh theo xã, một xã"
            + " theo điểm. Dòng là đơn vị báo cáo (unit = true) thì mỗi ô có trạng thái; dòng gộp"
            + " thì ô có số đếm")
public record ReportingGridDto(
    @Schema(example = "POINT_MONTHLY") String obligationCode,
    ReporterLevel reporterLevel,
    @Schema(nullable = true, example = "12") String provinceCode,
    @Schema(nullable = true, example = "03549") String communeCode,
    @Schema(description = "Các kỳ, cũ trước", example = "[\"202405\", \"202406\"]")
        List<String> periods,
    List<Row> rows) {

  @Schema(name = "ReportingGridRow")
  public record Row(
      @Schema(description = "Mã tỉnh, mã xã hay mã điểm", example = "12") String code,
      @Schema(example = "Lai Châu") String name,
      ReporterLevel level,
      @Schema(description = "Dòng là một đơn vị báo cáo của nghĩa vụ") boolean unit,
      @Schema(description = "Một ô mỗi kỳ, cùng thứ tự với periods") List<Cell> cells) {}

  @Schema(name = "ReportingGridCell")
  public record Cell(
      @Schema(example = "202406") String period,
      @Schema(
              nullable = true,
              description = "Chỉ ở dòng đơn vị; null khi không phải báo cáo kỳ này")
          ReportState state,
      long expected,
      long reported,
      long onTime,
      long late,
      long missing,
      long submitted,
      long approved) {}
}
