package vn.antq.registry.legacy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Session;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Text;
import vn.antq.registry.imports.Columns;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.imports.Importer;
import vn.antq.registry.imports.KeyTracker;
import vn.antq.registry.imports.NamedImporter;
import vn.antq.registry.imports.Row;
import vn.antq.registry.imports.RowSource;
import vn.antq.registry.security.Access;

/**
 * The pre-2025 units (format of legacy-units-2025-06.csv: level, code, name, full_name,
 * parent_code, province_code). Reference data from the statistics office: loading it again replaces
 * names and parents; it is central administrators' business.
 */
@ApplicationScoped
@Priority(20)
public class LegacyUnitsImporter extends NamedImporter {

  static final Set<String> LEVELS = Set.of("PROVINCE", "DISTRICT", "COMMUNE");
  static final Columns COLUMNS =
      Columns.required("level", "code", "name", "fullName", "provinceCode")
          .column("level", "Cấp")
          .column("code", "Mã", "Mã đơn vị")
          .column("name", "Tên")
          .column("fullName", "Tên đầy đủ", "full_name")
          .column("parentCode", "Mã cấp trên", "parent_code")
          .column("provinceCode", "Mã tỉnh", "province_code")
          .digits("provinceCode", 2);

  @Inject EntityManager em;
  @Inject Access access;
  @Inject AuditLog audit;

  LegacyUnitsImporter() {
    super("legacy-units", COLUMNS);
  }

  @Override
  public void run(RowSource rows, ImportReport report) {
    access.requireAdmin("danh mục đơn vị hành chính cũ");
    KeyTracker seen = new KeyTracker();
    List<String[]> valid = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      report.rows++;
      long before = report.conflictCount();
      String level = row.get("level") == null ? null : row.get("level").toUpperCase(Locale.ROOT);
      if (level == null || !LEVELS.contains(level)) {
        report.conflict(
            row.number(),
            "level",
            row.get("level"),
            "Cấp phải là PROVINCE, DISTRICT hoặc COMMUNE (level)");
      }
      String code = row.get("code");
      int digits = "PROVINCE".equals(level) ? 2 : "DISTRICT".equals(level) ? 3 : 5;
      if (code == null || !code.matches("\\d{" + digits + "}")) {
        report.conflict(
            row.number(),
            "code",
            code,
            "Mã đơn vị cấp " + level + " gồm " + digits + " chữ số (" + digits + " digits)");
      }
      String name = Text.clean(row.get("name"));
      String fullName = Text.clean(row.get("fullName"));
      if (name == null || fullName == null || fullName.length() > 150) {
        report.conflict(
            row.number(),
            name == null ? "name" : "fullName",
            name == null ? null : fullName,
            "Thiếu tên hoặc tên quá dài (name required)");
      }
      String province = row.get("provinceCode");
      if (province == null || !province.matches("\\d{2}")) {
        report.conflict(row.number(), "provinceCode", province, "Mã tỉnh gồm 2 chữ số (2 digits)");
      }
      if (report.conflictCount() != before) {
        report.rejected++;
        continue;
      }
      if (seen.repeated(code, row.number(), report, "code", code, "Mã")) {
        continue;
      }
      valid.add(
          new String[] {
            code, level, name, fullName, row.get("parentCode"), province, Text.fold(name, fullName)
          });
    }
    java.util.Map<String, String[]> existing = new java.util.HashMap<>();
    if (!valid.isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "select l.code, l.level, l.name, l.fullName, l.parentCode, l.provinceCode from LegacyUnit l",
                  Object[].class)
              .getResultList()) {
        existing.put(
            (String) r[0],
            new String[] {
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (String) r[5]
            });
      }
    }
    List<AuditLog.Change> changes = new ArrayList<>();
    for (String[] v : valid) {
      String[] before = existing.get(v[0]);
      if (before == null) {
        report.created++;
        changes.add(
            new AuditLog.Change(
                "legacy-unit", v[0], AuditAction.CREATE, null, view(v), v[5], null));
      } else if (java.util.Arrays.equals(before, java.util.Arrays.copyOf(v, 6))) {
        report.unchanged++;
      } else {
        report.updated++;
        changes.add(
            new AuditLog.Change(
                "legacy-unit", v[0], AuditAction.UPDATE, view(before), view(v), v[5], null));
      }
    }
    if (!Importer.writes(report) || valid.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement upsert =
                  connection.prepareStatement(
                      "insert into legacy_unit (code, level, name, full_name, parent_code, "
                          + "province_code, search_text) values (?, ?, ?, ?, ?, ?, ?) on duplicate key update level = values(level), name = values(name), "
                          + "full_name = values(full_name), parent_code = values(parent_code), province_code = values(province_code), "
                          + "search_text = values(search_text)")) {
                int pending = 0;
                for (String[] v : valid) {
                  for (int i = 0; i < v.length; i++) {
                    upsert.setString(i + 1, v[i]);
                  }
                  upsert.addBatch();
                  if (++pending % 1000 == 0) {
                    upsert.executeBatch();
                  }
                }
                upsert.executeBatch();
              }
            });
    audit.recordAll(changes);
  }

  private static java.util.Map<String, String> view(String[] v) {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    map.put("code", v[0]);
    map.put("level", v[1]);
    map.put("name", v[2]);
    map.put("fullName", v[3]);
    map.put("parentCode", v[4]);
    map.put("provinceCode", v[5]);
    return map;
  }
}
