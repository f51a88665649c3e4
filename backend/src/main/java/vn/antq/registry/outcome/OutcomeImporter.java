package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.imports.Columns;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.imports.Importer;
import vn.antq.registry.imports.KeyTracker;
import vn.antq.registry.imports.Row;
import vn.antq.registry.imports.RowSource;

/**
 * Outcome counts from a file: chunks of rows are checked with the same rules as POST /outcomes
 * (one query per kind of reference per chunk), then written with batched SQL and audited. Nothing
 * but the current chunk is held in memory, whatever the file's size.
 */
@ApplicationScoped
public class OutcomeImporter implements Importer {

  static final int CHUNK = 2000;

  static final Columns COLUMNS = Columns.required("indicatorCode", "period", "value")
      .column("indicatorCode", "Mã chỉ tiêu", "Chỉ tiêu", "indicator")
      .column("period", "Kỳ báo cáo", "Kỳ")
      .column("value", "Giá trị", "Số lượng")
      .column("pointId", "Mã điểm", "ID điểm")
      .column("pointExternalId", "Mã điểm ngoài", "Mã ngoài", "externalId")
      .column("modelCode", "Mã mô hình")
      .column("communeCode", "Mã xã")
      .column("provinceCode", "Mã tỉnh");

  @Inject
  EntityManager em;
  @Inject
  OutcomeService outcomes;
  @Inject
  AuditLog audit;

  @Override
  public Columns columns() {
    return COLUMNS;
  }

  @Override
  public void run(RowSource rows, ImportReport report) {
    KeyTracker seen = new KeyTracker();
    List<Row> chunk = new ArrayList<>(CHUNK);
    while (rows.hasNext()) {
      chunk.add(rows.next());
      report.rows++;
      if (chunk.size() == CHUNK) {
        process(chunk, report, seen);
        chunk.clear();
      }
    }
    if (!chunk.isEmpty()) {
      process(chunk, report, seen);
    }
  }

  private void process(List<Row> chunk, ImportReport report, KeyTracker seen) {
    List<OutcomeValue> values = new ArrayList<>(chunk.size());
    List<Row> sources = new ArrayList<>(chunk.size());
    Map<String, Long> byExternalId = externalIds(chunk);
    for (Row row : chunk) {
      OutcomeValue value = parse(row, byExternalId, report);
      if (value == null) {
        report.rejected++;
      } else {
        values.add(value);
        sources.add(row);
      }
    }
    OutcomeResolver resolver = OutcomeResolver.forBatch(values);
    List<ResolvedValue> valid = new ArrayList<>(values.size());
    List<Conflict> conflicts = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Row row = sources.get(i);
      conflicts.clear();
      var resolved = resolver.resolve(i, values.get(i), conflicts);
      if (resolved.isEmpty()) {
        report.rejected++;
        for (Conflict c : conflicts) {
          report.conflict(row.number(), c.field(), c.value(), c.message());
        }
        continue;
      }
      long first = seen.firstUse(resolved.get().key(), row.number());
      if (first != 0) {
        report.rejected++;
        report.conflict(row.number(), "period", row.get("period"), "Trùng với dòng " + first
            + " (cùng chỉ tiêu, kỳ, đơn vị báo cáo) (duplicate of row " + first + ")");
        continue;
      }
      try {
        outcomes.checkUnit(resolved.get().unitType(), resolved.get().communeCode(), resolved.get().provinceCode());
      } catch (ProblemException e) {
        report.rejected++;
        report.conflict(row.number(), resolved.get().communeCode() != null ? "communeCode" : "provinceCode",
            resolved.get().communeCode() != null ? resolved.get().communeCode() : resolved.get().provinceCode(), e.getMessage());
        continue;
      }
      valid.add(resolved.get());
    }
    // The chunk's references were loaded as entities only to check them: let them go.
    em.clear();
    if (!valid.isEmpty()) {
      em.unwrap(Session.class).doWork(connection -> write(connection, valid, report));
    }
  }

  /** The row as a value, or null after reporting why it cannot be one. */
  private static OutcomeValue parse(Row row, Map<String, Long> byExternalId, ImportReport report) {
    BigDecimal value = null;
    String text = row.get("value");
    if (text != null) {
      try {
        value = new BigDecimal(text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text);
      } catch (NumberFormatException e) {
        report.conflict(row.number(), "value", text, "'" + text + "' không phải số (not a number)");
        return null;
      }
    }
    Long pointId = null;
    String id = row.get("pointId");
    if (id != null) {
      try {
        pointId = Long.parseLong(id);
      } catch (NumberFormatException e) {
        report.conflict(row.number(), "pointId", id, "'" + id + "' không phải mã điểm (số nguyên) (not a point id)");
        return null;
      }
    }
    String externalId = row.get("pointExternalId");
    if (externalId != null) {
      Long resolved = byExternalId.get(externalId);
      if (resolved == null) {
        report.conflict(row.number(), "pointExternalId", externalId, "Không có điểm nào mang mã ngoài '" + externalId + "' (unknown external id)");
        return null;
      }
      if (pointId != null && !pointId.equals(resolved)) {
        report.conflict(row.number(), "pointExternalId", externalId, "Mã ngoài '" + externalId + "' là điểm " + resolved + ", không phải điểm "
            + pointId + " (does not match pointId)");
        return null;
      }
      pointId = resolved;
    }
    return new OutcomeValue(row.get("indicatorCode"), row.get("period"), value, pointId, row.get("modelCode"), row.get("communeCode"),
        row.get("provinceCode"));
  }

  private Map<String, Long> externalIds(List<Row> chunk) {
    Set<String> ids = new LinkedHashSet<>();
    for (Row row : chunk) {
      if (row.get("pointExternalId") != null) {
        ids.add(row.get("pointExternalId"));
      }
    }
    Map<String, Long> result = new HashMap<>();
    if (!ids.isEmpty()) {
      List<Object[]> found = em.createQuery("select p.externalId, p.id from ReplicationPoint p where p.externalId in :ids", Object[].class)
          .setParameter("ids", ids).getResultList();
      for (Object[] pair : found) {
        result.put((String) pair[0], (Long) pair[1]);
      }
    }
    return result;
  }

  private record Stored(long id, BigDecimal value, int version, Timestamp createdAt) {
  }

  private void write(Connection connection, List<ResolvedValue> values, ImportReport report) throws SQLException {
    Map<String, Stored> existing = stored(connection, values);
    List<ResolvedValue> inserts = new ArrayList<>();
    List<ResolvedValue> updates = new ArrayList<>();
    for (ResolvedValue v : values) {
      Stored row = existing.get(v.key());
      if (row == null) {
        inserts.add(v);
      } else if (row.value().compareTo(v.value()) == 0) {
        report.unchanged++;
      } else {
        updates.add(v);
      }
    }
    report.created += inserts.size();
    report.updated += updates.size();
    if (!Importer.writes(report)) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now());
    if (!inserts.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement("insert into outcome (indicator_code, period, period_type, period_start, "
          + "period_end, unit_type, unit_key, point_id, model_code, commune_code, province_code, value, created_at, updated_at) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (ResolvedValue v : inserts) {
          insert.setString(1, v.indicatorCode());
          insert.setString(2, v.period().id());
          insert.setString(3, v.period().type().name());
          insert.setDate(4, Date.valueOf(v.period().start()));
          insert.setDate(5, Date.valueOf(v.period().end()));
          insert.setString(6, v.unitType().name());
          insert.setString(7, v.unitKey());
          if (v.pointId() == null) {
            insert.setNull(8, Types.BIGINT);
          } else {
            insert.setLong(8, v.pointId());
          }
          insert.setString(9, v.modelCode());
          insert.setString(10, v.communeCode());
          insert.setString(11, v.provinceCode());
          insert.setBigDecimal(12, v.value());
          insert.setTimestamp(13, now);
          insert.setTimestamp(14, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    if (!updates.isEmpty()) {
      try (PreparedStatement update = connection.prepareStatement("update outcome set value = ?, updated_at = ?, version = version + 1 where id = ?")) {
        for (ResolvedValue v : updates) {
          update.setBigDecimal(1, v.value());
          update.setTimestamp(2, now);
          update.setLong(3, existing.get(v.key()).id());
          update.addBatch();
        }
        update.executeBatch();
      }
    }
    Map<String, Stored> written = inserts.isEmpty() ? existing : stored(connection, inserts);
    List<AuditLog.Change> changes = new ArrayList<>(inserts.size() + updates.size());
    Instant at = now.toInstant();
    for (ResolvedValue v : inserts) {
      Stored row = written.get(v.key());
      changes.add(new AuditLog.Change("outcome", String.valueOf(row.id()), AuditAction.CREATE, null, dto(row.id(), v, v.value(), 0, at, at),
          v.provinceCode(), v.communeCode()));
    }
    for (ResolvedValue v : updates) {
      Stored row = existing.get(v.key());
      Instant created = row.createdAt().toInstant();
      changes.add(new AuditLog.Change("outcome", String.valueOf(row.id()), AuditAction.UPDATE,
          dto(row.id(), v, Numbers.plain(row.value()), row.version(), created, null), dto(row.id(), v, v.value(), row.version() + 1, created, at),
          v.provinceCode(), v.communeCode()));
    }
    audit.recordAll(changes);
  }

  private static OutcomeDto dto(long id, ResolvedValue v, BigDecimal value, int version, Instant createdAt, Instant updatedAt) {
    return new OutcomeDto(id, v.indicatorCode(), v.period().id(), Numbers.plain(value), v.unitType(), v.pointId(), v.modelCode(),
        v.communeCode(), v.provinceCode(), version, createdAt, updatedAt);
  }

  /** The stored rows for these values' keys, by key: one query on the unique key per chunk. */
  private static Map<String, Stored> stored(Connection connection, List<ResolvedValue> values) throws SQLException {
    Map<String, Stored> result = new HashMap<>();
    StringBuilder sql = new StringBuilder("select id, indicator_code, period, unit_key, value, version, created_at from outcome "
        + "where (indicator_code, period, unit_key) in (");
    for (int i = 0; i < values.size(); i++) {
      sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
    }
    sql.append(')');
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      int i = 1;
      for (ResolvedValue v : values) {
        select.setString(i++, v.indicatorCode());
        select.setString(i++, v.period().id());
        select.setString(i++, v.unitKey());
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          result.put(rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
              new Stored(rs.getLong(1), rs.getBigDecimal(5), rs.getInt(6), rs.getTimestamp(7)));
        }
      }
    }
    return result;
  }
}
