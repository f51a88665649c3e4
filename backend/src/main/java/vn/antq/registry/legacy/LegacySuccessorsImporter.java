package vn.antq.registry.legacy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.imports.Columns;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.imports.Importer;
import vn.antq.registry.imports.KeyTracker;
import vn.antq.registry.imports.NamedImporter;
import vn.antq.registry.imports.Row;
import vn.antq.registry.imports.RowSource;
import vn.antq.registry.province.ProvinceRepository;
import vn.antq.registry.security.Access;

/**
 * Old → new pairs: legacy-to-2025.csv (old_code, new_code: communes, and the island districts that
 * became đặc khu) or legacy-provinces-to-2025.csv (old_province_code, new_province_code). Every new
 * code must be a 2025 province or commune already in the registry.
 */
@ApplicationScoped
@Priority(10)
public class LegacySuccessorsImporter extends NamedImporter {

  static final Columns COLUMNS =
      Columns.required("oldCode", "newCode")
          .column("oldCode", "old_code", "old_province_code", "Mã cũ")
          .column("newCode", "new_code", "new_province_code", "Mã mới");

  @Inject EntityManager em;
  @Inject LegacyRepository repository;
  @Inject CommuneRepository communes;
  @Inject ProvinceRepository provinces;
  @Inject Access access;
  @Inject AuditLog audit;

  LegacySuccessorsImporter() {
    super("legacy-successors", COLUMNS);
  }

  @Override
  public void run(RowSource rows, ImportReport report) {
    access.requireAdmin("bảng chuyển đổi mã đơn vị hành chính");
    Set<String> current = new HashSet<>(communes.codes());
    current.addAll(provinces.codes());
    Set<String> stored = repository.successorPairs();
    KeyTracker seen = new KeyTracker();
    List<String[]> added = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      report.rows++;
      String oldCode = row.get("oldCode");
      String newCode = row.get("newCode");
      if (oldCode == null || !oldCode.matches("\\d{2}|\\d{3}|\\d{5}")) {
        report.reject(
            row.number(),
            "oldCode",
            oldCode,
            "Mã cũ gồm 2 (tỉnh), 3 (huyện) hoặc 5 (xã) chữ số (old code: 2, 3 or 5 digits)");
        continue;
      }
      if (newCode == null || !current.contains(newCode)) {
        report.reject(
            row.number(),
            "newCode",
            newCode,
            "Không có tỉnh hay xã mới mã '"
                + newCode
                + "'; hãy nạp danh mục 2025 trước (unknown 2025 unit)");
        continue;
      }
      if (seen.repeated(
          oldCode + ">" + newCode, row.number(), report, "newCode", newCode, "Cặp mã")) {
        continue;
      }
      if (stored.contains(oldCode + ">" + newCode)) {
        report.unchanged++;
      } else {
        report.created++;
        added.add(new String[] {oldCode, newCode});
      }
    }
    if (!Importer.writes(report) || added.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into legacy_successor (old_code, new_code) values (?, ?)")) {
                for (String[] pair : added) {
                  insert.setString(1, pair[0]);
                  insert.setString(2, pair[1]);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
    List<AuditLog.Change> changes = new ArrayList<>();
    for (String[] pair : added) {
      changes.add(
          new AuditLog.Change(
              "legacy-successor",
              pair[0] + ">" + pair[1],
              AuditAction.CREATE,
              null,
              java.util.Map.of("oldCode", pair[0], "newCode", pair[1]),
              null,
              null));
    }
    audit.recordAll(changes);
  }
}
