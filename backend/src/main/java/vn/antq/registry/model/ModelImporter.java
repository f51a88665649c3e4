package vn.antq.registry.model;

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
 * Models from a file, one row per model, keyed by code: a new code creates, a known one updates
 * through ModelService (same rules, permissions, status history and audit as PUT /models/{code}).
 */
@ApplicationScoped
@Priority(50)
public class ModelImporter extends NamedImporter {

  static final Columns COLUMNS =
      Columns.required("code", "name", "categoryCode", "provinceCode")
          .column("code", "Mã mô hình", "Mã")
          .column("name", "Tên mô hình", "Tên")
          .column("description", "Mô tả")
          .column("categoryCode", "Lĩnh vực", "Mã lĩnh vực")
          .column("provinceCode", "Mã tỉnh")
          .column("communeCode", "Mã xã")
          .column("leadOrganisation", "Đơn vị chủ trì", "Cơ quan chủ trì")
          .column("startedOn", "Ngày bắt đầu", "Ngày xây dựng")
          .column("recognitionLevel", "Cấp công nhận")
          .column("recognizedOn", "Ngày công nhận")
          .column("recognitionDecision", "Quyết định công nhận", "Số quyết định")
          .column("status", "Trạng thái")
          .column("statusReason", "Lý do", "Lý do trạng thái")
          .column("statusSince", "Ngày hiệu lực", "Ngày trạng thái")
          .digits("provinceCode", 2)
          .digits("communeCode", 5);

  @Inject ModelService models;
  @Inject ModelRepository repository;
  @Inject ModelMapper mapper;
  @Inject Validator validator;
  @Inject EntityManager em;

  ModelImporter() {
    super("models", COLUMNS);
  }

  @Override
  public void run(RowSource rows, ImportReport report) {
    KeyTracker seen = new KeyTracker();
    while (rows.hasNext()) {
      Row row = rows.next();
      report.rows++;
      Cells cells = new Cells(row, report);
      ModelInput input = cells.read(ModelInput.class);
      if (cells.bad() || !valid(input, row, report)) {
        report.rejected++;
        continue;
      }
      if (seen.repeated(input.code(), row.number(), report, "code", input.code(), "Mã mô hình")) {
        continue;
      }
      Boolean created = RowWrites.write(report, row, () -> write(input, report));
      if (created != null) {
        RowWrites.release(em, report);
      }
    }
  }

  /** True: created; false: updated or unchanged (counted here). */
  private Boolean write(ModelInput input, ImportReport report) {
    return RowWrites.upsert(
        report,
        repository.findById(input.code()),
        () -> models.create(input),
        existing -> mapper.unchangedBy(existing, input),
        existing -> models.update(input.code(), input, null));
  }

  private boolean valid(ModelInput input, Row row, ImportReport report) {
    boolean ok = true;
    if (input.code() == null) {
      report.conflict(
          row.number(),
          "code",
          null,
          "Cần mã mô hình để lần nhập sau cập nhật thay vì tạo trùng (code required)");
      ok = false;
    }
    return RowWrites.valid(validator, input, row, report) && ok;
  }
}
