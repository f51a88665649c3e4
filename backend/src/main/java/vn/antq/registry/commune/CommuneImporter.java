package vn.antq.registry.commune;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Text;
import vn.antq.registry.imports.Columns;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.imports.ImportTuning;
import vn.antq.registry.imports.Importer;
import vn.antq.registry.imports.KeyTracker;
import vn.antq.registry.imports.NamedImporter;
import vn.antq.registry.imports.Row;
import vn.antq.registry.imports.RowChunk;
import vn.antq.registry.imports.RowSource;
import vn.antq.registry.province.ProvinceRepository;
import vn.antq.registry.security.Access;

/**
 * Communes from a file, e.g. the official 2025 list (code, name, full_name, type, province_code). A
 * flag column absent from the file leaves the stored flags as they are, so reloading the official
 * list never erases the border, hot-spot and ethnic-minority marks officers have set.
 */
@ApplicationScoped
@Priority(60)
public class CommuneImporter extends NamedImporter {

  static final Columns COLUMNS =
      Columns.required("code", "name", "type", "provinceCode")
          .column("code", "Mã xã", "Mã", "communeCode")
          .column("name", "Tên", "Tên xã")
          .column("fullName", "Tên đầy đủ", "full_name")
          .column("type", "Loại", "Cấp")
          .column("provinceCode", "Mã tỉnh", "province_code")
          .column("border", "Biên giới", "Xã biên giới")
          .column("hotspot", "Trọng điểm", "Địa bàn trọng điểm")
          .column("ethnicMinority", "Dân tộc thiểu số", "Vùng dân tộc thiểu số")
          .digits("code", 5)
          .digits("provinceCode", 2);

  @Inject EntityManager em;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject CommuneRepository communes;
  @Inject ProvinceRepository provinceRepository;
  @Inject CommuneMapper mapper;
  @Inject ImportTuning tuning;

  CommuneImporter() {
    super("communes", COLUMNS);
  }

  @Override
  public void run(RowSource rows, ImportReport report) {
    access.requireAdmin("danh mục xã");
    Set<String> provinces = new HashSet<>(provinceRepository.codes());
    KeyTracker seen = new KeyTracker();
    RowChunk.feed(
        rows,
        tuning.chunk().rows(),
        tuning.chunk().chars(),
        report,
        chunk -> process(chunk, rows.columns(), provinces, seen, report));
  }

  private void process(
      List<Row> chunk,
      List<String> columns,
      Set<String> provinces,
      KeyTracker seen,
      ImportReport report) {
    Map<String, CommuneInput> valid = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Row row : chunk) {
      CommuneInput input = parse(row, columns, provinces, report);
      if (input == null) {
        report.rejected++;
        continue;
      }
      if (seen.repeated(input.code(), row.number(), report, "code", input.code(), "Mã xã")) {
        continue;
      }
      valid.put(input.code(), input);
      order.add(input.code());
    }
    if (valid.isEmpty()) {
      return;
    }
    Map<String, Commune> stored = new HashMap<>();
    for (Commune c : communes.byCodes(order)) {
      stored.put(c.code, c);
    }
    List<AuditLog.Change> changes = new ArrayList<>();
    for (String code : order) {
      CommuneInput input = valid.get(code);
      Commune commune = stored.get(code);
      if (commune == null) {
        report.created++;
        if (!Importer.writes(report)) {
          continue;
        }
        commune = new Commune();
        commune.code = code;
        mapper.updateFromFile(commune, input);
        communes.persist(commune);
        changes.add(
            new AuditLog.Change(
                "commune",
                code,
                AuditAction.CREATE,
                null,
                mapper.toDto(commune),
                commune.provinceCode,
                code));
        continue;
      }
      CommuneDto before = mapper.toDto(commune);
      if (mapper.unchangedByFile(commune, input)) {
        report.unchanged++;
        continue;
      }
      report.updated++;
      if (Importer.writes(report)) {
        mapper.updateFromFile(commune, input);
        em.flush();
        changes.add(
            new AuditLog.Change(
                "commune",
                code,
                AuditAction.UPDATE,
                before,
                mapper.toDto(commune),
                commune.provinceCode,
                code));
      }
    }
    em.flush();
    audit.recordAll(changes);
    em.clear();
  }

  private static CommuneInput parse(
      Row row, List<String> columns, Set<String> provinces, ImportReport report) {
    long before = report.conflictCount();
    String code = row.get("code");
    if (code == null || !code.matches("\\d{5}")) {
      report.conflict(row.number(), "code", code, "Mã xã gồm đúng 5 chữ số (5 digits)");
    }
    String name = Text.clean(row.get("name"));
    if (name == null || name.length() > 100) {
      report.conflict(
          row.number(),
          "name",
          name,
          "Tên không được để trống, tối đa 100 ký tự (name required, ≤ 100 characters)");
    }
    String fullName = Text.clean(row.get("fullName"));
    if (fullName != null && fullName.length() > 150) {
      report.conflict(
          row.number(),
          "fullName",
          fullName,
          "Tên đầy đủ tối đa 150 ký tự (at most 150 characters)");
    }
    CommuneType type = null;
    String typeText = row.get("type");
    try {
      type = typeText == null ? null : CommuneType.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      type = null;
    }
    if (type == null) {
      report.conflict(
          row.number(),
          "type",
          typeText,
          "Loại phải là XA, PHUONG hoặc DAC_KHU (type must be XA, PHUONG or DAC_KHU)");
    }
    String province = row.get("provinceCode");
    if (province == null || !provinces.contains(province)) {
      report.conflict(
          row.number(),
          "provinceCode",
          province,
          "Không có tỉnh mã '" + province + "' (unknown province)");
    }
    Boolean border = flag(row, columns, "border", report);
    Boolean hotspot = flag(row, columns, "hotspot", report);
    Boolean ethnic = flag(row, columns, "ethnicMinority", report);
    if (report.conflictCount() != before) {
      return null;
    }
    return new CommuneInput(code, name, fullName, type, province, border, hotspot, ethnic);
  }

  /** Null only when the file has no such column: an empty cell of one clears the flag. */
  private static Boolean flag(Row row, List<String> columns, String column, ImportReport report) {
    String text = row.get(column);
    if (text == null) {
      return columns.contains(column) ? Boolean.FALSE : null;
    }
    return switch (Text.fold(text)) {
      case "true", "1", "x", "co", "yes" -> Boolean.TRUE;
      case "false", "0", "khong", "no" -> Boolean.FALSE;
      default -> {
        report.conflict(
            row.number(), column, text, "Giá trị '" + text + "' không phải có/không (true/false)");
        yield null;
      }
    };
  }
}
