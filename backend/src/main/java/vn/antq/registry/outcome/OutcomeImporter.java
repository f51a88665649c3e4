package vn.antq.registry.outcome;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.WorkFiles;
import vn.antq.registry.imports.Columns;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.imports.ImportTuning;
import vn.antq.registry.imports.Importer;
import vn.antq.registry.imports.KeyTracker;
import vn.antq.registry.imports.NamedImporter;
import vn.antq.registry.imports.PrefetchingRows;
import vn.antq.registry.imports.Row;
import vn.antq.registry.imports.RowChunk;
import vn.antq.registry.imports.RowSource;
import vn.antq.registry.point.PointRepository;
import vn.antq.registry.security.Access;

/**
 * Outcome counts from a file: chunks of rows are checked with the same rules as POST /outcomes (one
 * query per kind of reference per chunk) and the valid ones spooled to temporary files, those found
 * unstored apart; the database then loads those with LOAD DATA straight into outcome, and merges
 * the others through a stage, audit rows included, in a few set-based statements. Only the current
 * chunk is held in memory, whatever the file's size.
 */
@ApplicationScoped
@Priority(30)
public class OutcomeImporter extends NamedImporter {

  @Inject WorkFiles work;

  static final Columns COLUMNS =
      Columns.required("indicatorCode", "period", "value")
          .column("indicatorCode", "Mã chỉ tiêu", "Chỉ tiêu", "indicator")
          .column("period", "Kỳ báo cáo", "Kỳ")
          .column("value", "Giá trị", "Số lượng")
          .column("pointId", "Mã điểm", "ID điểm")
          .column("pointExternalId", "Mã điểm ngoài", "Mã ngoài", "externalId")
          .column("modelCode", "Mã mô hình")
          .column("communeCode", "Mã xã")
          .column("provinceCode", "Mã tỉnh")
          .importOnly("pointExternalId")
          .digits("communeCode", 5)
          .digits("provinceCode", 2);

  @Inject EntityManager em;
  @Inject OutcomeService outcomes;
  @Inject OutcomeRepository stored;
  @Inject References.Sources references;
  @Inject PointRepository points;
  @Inject Access access;
  @Inject OutcomeTuning tuning;
  @Inject ImportTuning importTuning;
  @Inject Locks locks;
  @Inject AuditLog audit;

  OutcomeImporter() {
    super("outcomes", COLUMNS);
  }

  @Override
  public void run(RowSource file, ImportReport report) {
    long started = System.nanoTime();
    KeyTracker seen = new KeyTracker();
    References refs = references.load().preloadAll();
    try (OutcomeSpool spool = OutcomeSpool.create(work);
        RowSource rows = PrefetchingRows.of(file, importTuning.readAhead())) {
      if (RowChunk.feed(
          rows,
          tuning.importChunk(),
          importTuning.chunk().chars(),
          report,
          chunk -> process(chunk, report, seen, spool, refs))) {
        // Every row read: a job's progress says so while the merge writes them.
        report.progress();
      }
      Log.debugf(
          "import check: %d rows read and checked, %d spooled, in %d ms",
          report.rows, spool.count(), (System.nanoTime() - started) / 1_000_000);
      if (spool.count() > 0) {
        OutcomeMerge merge = new OutcomeMerge(access.actor());
        Session session = em.unwrap(Session.class);
        try {
          session.doWork(connection -> merge.stage(connection, spool, report));
          if (Importer.writes(report) && report.created + report.updated > 0) {
            // Recorded before the values, which keep its id instead of an audit row each.
            long importId = audit.recordImport(report.provenance(spool.province()));
            report.importId = importId;
            boolean[] recounted = {false};
            session.doWork(
                connection -> recounted[0] = merge.write(connection, importId, spool, report));
            if (recounted[0]) {
              audit.recountImport(importId, report.provenance(spool.province()));
            }
          }
          warnAboutChecks(report, spool);
        } finally {
          stored.dropStage();
        }
      }
    }
  }

  /**
   * The checks (validation rules) on the units and periods the file wrote, a page of them at a
   * time, each finding a row warning on the unit's first row. A refused atomic import is not
   * checked: its answer lists only the bad rows.
   */
  private void warnAboutChecks(ImportReport report, OutcomeSpool spool) {
    if (report.failedAtomically() && !report.dryRun) {
      return;
    }
    long started = System.nanoTime();
    boolean staged = !Importer.writes(report);
    stored.listStagedUnits(spool.pairs());
    Log.debugf("import rules: units listed in %d ms", (System.nanoTime() - started) / 1_000_000);
    long[] reading = {0};
    Set<String> listedIndicators = new HashSet<>();
    long after = 0;
    List<OutcomeRepository.StagedUnit> page;
    int pages = 0;
    long paging = 0;
    long at = System.nanoTime();
    while (!(page = stored.stagedUnits(after, tuning.checkChunk())).isEmpty()) {
      paging += System.nanoTime() - at;
      pages++;
      long first = after;
      long last = page.get(page.size() - 1).n();
      // Read by the page's range of the list; the rules may ask for a part of it at a time.
      OutcomeValues values =
          (keys, indicators) -> {
            long reads = System.nanoTime();
            try {
              if (!listedIndicators.equals(Set.copyOf(indicators))) {
                stored.listIndicators(indicators);
                listedIndicators.clear();
                listedIndicators.addAll(indicators);
              }
              return stored.listedUnitValues(first, last, keys, staged);
            } finally {
              reading[0] += System.nanoTime() - reads;
            }
          };
      List<UnitPeriod> keys = page.stream().map(OutcomeRepository.StagedUnit::key).toList();
      for (OutcomeViolation v : outcomes.check(keys, values)) {
        report.warn(
            spool.firstRowOf(v.unitKey(), v.period()),
            "value",
            v.leftValue() == null ? null : v.leftValue().stripTrailingZeros().toPlainString(),
            v.message(),
            v.ruleCode(),
            v.importance());
      }
      after = last;
      at = System.nanoTime();
    }
    Log.debugf(
        "import rules: %d pages in %d ms, %d ms of it reading values, %d ms paging",
        pages,
        (System.nanoTime() - started) / 1_000_000,
        reading[0] / 1_000_000,
        paging / 1_000_000);
  }

  private void process(
      List<Row> chunk, ImportReport report, KeyTracker seen, OutcomeSpool spool, References refs) {
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
    OutcomeResolver resolver = OutcomeResolver.forBatch(refs, values);
    List<ResolvedValue> valid = new ArrayList<>(values.size());
    List<Row> validRows = new ArrayList<>(values.size());
    List<OutcomeConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Row row = sources.get(i);
      conflicts.clear();
      var resolved = resolver.resolve(i, values.get(i), conflicts);
      if (resolved.isEmpty()) {
        report.rejected++;
        for (OutcomeConflict c : conflicts) {
          report.conflict(row.number(), c.field(), c.value(), c.message());
        }
        continue;
      }
      long first = seen.firstUse(resolved.get().key(), row.number());
      if (first != 0) {
        report.reject(
            row.number(),
            "period",
            row.get("period"),
            "Trùng với dòng "
                + first
                + " (cùng chỉ tiêu, kỳ, đơn vị báo cáo) (duplicate of row "
                + first
                + ")");
        continue;
      }
      try {
        outcomes.checkUnit(
            resolved.get().unitType(), resolved.get().communeCode(), resolved.get().provinceCode());
      } catch (ProblemException e) {
        report.reject(
            row.number(),
            resolved.get().communeCode() != null ? "communeCode" : "provinceCode",
            resolved.get().communeCode() != null
                ? resolved.get().communeCode()
                : resolved.get().provinceCode(),
            e.getMessage());
        continue;
      }
      valid.add(resolved.get());
      validRows.add(row);
    }
    // A locked row is a row conflict, so partial imports write the others and dry runs show it.
    List<ValueLock> locked = locks.find(valid);
    // A write loads the values found unstored straight into outcome; a dry run stages them all.
    Set<String> stored = report.dryRun ? null : this.stored.storedKeys(valid);
    for (int i = 0; i < valid.size(); i++) {
      ValueLock lock = locked.get(i);
      if (lock == null) {
        spool.add(
            valid.get(i),
            stored != null && !stored.contains(valid.get(i).key()),
            validRows.get(i).number());
      } else {
        report.reject(
            validRows.get(i).number(), "period", validRows.get(i).get("period"), lock.message());
      }
    }
  }

  /** The row as a value, or null after reporting why it cannot be one. */
  private static OutcomeValue parse(Row row, Map<String, Long> byExternalId, ImportReport report) {
    BigDecimal value = null;
    String text = row.get("value");
    if (text != null) {
      try {
        value = Inputs.decimal(text);
      } catch (NumberFormatException e) {
        report.conflict(row.number(), "value", text, "'" + text + "' không phải số (not a number)");
        return null;
      }
    }
    Long pointId = null;
    String id = row.get("pointId");
    if (id != null) {
      pointId = Inputs.integer(id);
      if (pointId == null) {
        report.conflict(
            row.number(),
            "pointId",
            id,
            "'" + id + "' không phải mã điểm (số nguyên) (not a point id)");
        return null;
      }
    }
    String externalId = row.get("pointExternalId");
    if (externalId != null) {
      Long resolved = byExternalId.get(externalId);
      if (resolved == null) {
        report.conflict(
            row.number(),
            "pointExternalId",
            externalId,
            "Không có điểm nào mang mã ngoài '" + externalId + "' (unknown external id)");
        return null;
      }
      if (pointId != null && !pointId.equals(resolved)) {
        report.conflict(
            row.number(),
            "pointExternalId",
            externalId,
            "Mã ngoài '"
                + externalId
                + "' là điểm "
                + resolved
                + ", không phải điểm "
                + pointId
                + " (does not match pointId)");
        return null;
      }
      pointId = resolved;
    }
    return new OutcomeValue(
        row.get("indicatorCode"),
        row.get("period"),
        value,
        pointId,
        row.get("modelCode"),
        row.get("communeCode"),
        row.get("provinceCode"));
  }

  private Map<String, Long> externalIds(List<Row> chunk) {
    Set<String> ids = new LinkedHashSet<>();
    for (Row row : chunk) {
      if (row.get("pointExternalId") != null) {
        ids.add(row.get("pointExternalId"));
      }
    }
    return ids.isEmpty() ? new HashMap<>() : points.idsByExternalId(ids);
  }
}
