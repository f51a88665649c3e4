package vn.antq.registry.point;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import vn.antq.registry.imports.Cells;
import vn.antq.registry.imports.Columns;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.imports.KeyTracker;
import vn.antq.registry.imports.NamedImporter;
import vn.antq.registry.imports.Row;
import vn.antq.registry.imports.RowSource;
import vn.antq.registry.imports.RowWrites;

/**
 * Replication points from a file: a row with `id` updates that point, one whose `externalId` is
 * known updates that point, any other creates one — through PointService, with its rules,
 * permissions and audit.
 */
@ApplicationScoped
@Priority(40)
public class PointImporter extends NamedImporter {

  static final Columns COLUMNS =
      Columns.required("modelCode", "communeCode", "placeType", "placeName")
          .column("id", "Mã điểm", "ID")
          .column("externalId", "Mã điểm ngoài", "Mã ngoài")
          .column("modelCode", "Mã mô hình")
          .column("communeCode", "Mã xã")
          .column("placeType", "Loại nơi triển khai", "Loại địa bàn")
          .column("placeName", "Tên nơi triển khai", "Nơi triển khai", "Tên điểm")
          .column("establishedOn", "Ngày thành lập")
          .column("status", "Trạng thái")
          .column("statusSince", "Ngày hiệu lực", "Ngày trạng thái")
          .column("teamCount", "Số tổ")
          .column("memberCount", "Số thành viên")
          .column("coreMemberCount", "Số người nòng cốt", "Nòng cốt")
          .column("leaderName", "Người phụ trách")
          .column("leaderPhone", "Điện thoại", "Số điện thoại")
          .column("latitude", "Vĩ độ")
          .column("longitude", "Kinh độ")
          .digits("communeCode", 5);

  @Inject PointService points;
  @Inject PointRepository repository;
  @Inject PointMapper mapper;
  @Inject Validator validator;
  @Inject EntityManager em;

  PointImporter() {
    super("replication-points", COLUMNS);
  }

  @Override
  public void run(RowSource rows, ImportReport report) {
    KeyTracker seen = new KeyTracker();
    while (rows.hasNext()) {
      Row row = rows.next();
      report.rows++;
      Cells cells = new Cells(row, report);
      Long id = cells.number("id");
      PointInput input = cells.read(PointInput.class);
      if (cells.bad() || !RowWrites.valid(validator, input, row, report)) {
        report.rejected++;
        continue;
      }
      String key =
          id != null ? "id:" + id : input.externalId() != null ? "ext:" + input.externalId() : null;
      long first = key == null ? 0 : seen.firstUse(key, row.number());
      if (first != 0) {
        report.reject(
            row.number(),
            id != null ? "id" : "externalId",
            id != null ? id.toString() : input.externalId(),
            "Cùng điểm với dòng " + first + " (same point as row " + first + ")");
        continue;
      }
      RowWrites.write(report, row, () -> write(id, input, report));
      RowWrites.release(em, report);
    }
  }

  private Boolean write(Long id, PointInput input, ImportReport report) {
    return RowWrites.upsert(
        report,
        id != null
            ? repository.require(id)
            : input.externalId() != null ? repository.byExternalId(input.externalId()) : null,
        () -> points.create(input),
        existing -> mapper.unchangedBy(existing, input),
        existing -> points.update(existing.id, input, null));
  }
}
