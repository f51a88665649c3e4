package vn.antq.registry.point;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PointCensusDrift",
    description =
        "Kết quả so sánh bảng đếm điểm nhân rộng (duy trì cùng giao dịch ghi) với phép đếm lại từ các điểm")
public record PointCensusDriftDto(
    @Schema(description = "Thời điểm kiểm tra") Instant checkedAt,
    @Schema(description = "Số điểm nhân rộng đã lưu", example = "50000") long pointCount,
    @Schema(description = "true: các dòng lệch đã được thay bằng phép tính lại") boolean repaired,
    @Schema(description = "Tổng số dòng lệch (0: khớp hoàn toàn)", example = "0") long driftRows,
    List<Table> tables) {

  @Schema(name = "PointCensusDriftTable", description = "Một bảng đếm")
  public record Table(
      @Schema(example = "point_census") String table,
      @Schema(description = "Số dòng theo phép tính lại", example = "41230") long rows,
      @Schema(example = "0") long driftRows,
      @Schema(description = "Tối đa 20 dòng lệch") List<Row> samples) {}

  @Schema(name = "PointCensusDriftRow", description = "Một dòng lệch")
  public record Row(
      @Schema(
              description = "Khoá của dòng (tên cột: giá trị; chuỗi rỗng: mọi mô hình / cả tỉnh)",
              example =
                  "{\"model_code\": \"\", \"commune_code\": \"\", \"span\": \"M\", \"starts\": \"2024-03-01\", \"province_code\": \"12\"}")
          Map<String, String> key,
      @Schema(
              nullable = true,
              description = "Đang lưu (null: không có dòng)",
              example = "{\"points\": \"41\", \"active\": \"40\"}")
          Map<String, String> stored,
      @Schema(
              nullable = true,
              description = "Tính lại (null: không có dòng)",
              example = "{\"points\": \"42\", \"active\": \"41\"}")
          Map<String, String> expected) {}
}
