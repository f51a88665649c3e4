package vn.antq.registry.outcome;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Where;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class OutcomeService {

  /** A refusal lists at most this many values; the count says how many there were. */
  private static final int MAX_LISTED_REFUSALS = 50;

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject OutcomeTuning tuning;
  @Inject OutcomeRepository outcomes;
  @Inject References.Sources references;
  @Inject Locks locks;
  @Inject @All List<OutcomeChecks> checks;

  private static final Map<String, String> SORTS =
      Map.of(
          "id",
          "id",
          "period",
          "periodStart",
          "indicatorCode",
          "indicatorCode",
          "value",
          "value",
          "updatedAt",
          "updatedAt",
          "provinceCode",
          "provinceCode");

  public record Filter(
      String indicatorCode,
      String period,
      Period within,
      String provinceCode,
      String communeCode,
      String modelCode,
      Long pointId,
      UnitType unitType) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<OutcomeDto> list(Filter filter, PageParams paging) {
    Where where =
        new Where()
            .eq("indicatorCode", "indicatorCode", filter.indicatorCode())
            .eq("period", "period", filter.period())
            .eq("provinceCode", "provinceCode", filter.provinceCode())
            .eq("communeCode", "communeCode", filter.communeCode())
            .eq("modelCode", "modelCode", filter.modelCode())
            .eq("pointId", "pointId", filter.pointId())
            .eq("unitType", "unitType", filter.unitType());
    if (filter.within() != null) {
      where
          .clause("periodStart >= :withinStart", "withinStart", filter.within().start())
          .clause(
              "periodEnd <= :withinEnd and periodStart <= :withinEnd",
              "withinEnd",
              filter.within().end());
    }
    return where.page(outcomes, paging, SORTS, "id").map(OutcomeDto::from);
  }

  /**
   * Writes a batch all or nothing: every value is checked first; if any is invalid nothing is
   * written and the summary lists them all. The same key again replaces the value.
   */
  @Transactional
  public OutcomeBatchResult upsert(OutcomeBatch batch) {
    if (batch == null || batch.values() == null || batch.values().isEmpty()) {
      throw ProblemException.badRequest(
          "values", "Cần ít nhất một giá trị trong 'values' (values must not be empty)");
    }
    List<OutcomeValue> values = batch.values();
    int maxBatch = tuning.maxBatch();
    if (values.size() > maxBatch) {
      throw ProblemException.badRequest(
          "values",
          "Tối đa "
              + maxBatch
              + " giá trị mỗi lần; tệp lớn hơn hãy dùng nhập tệp (at most "
              + maxBatch
              + " values per request)");
    }
    OutcomeResolver resolver = OutcomeResolver.forBatch(references.load(), values);
    List<OutcomeConflict> conflicts = new ArrayList<>();
    List<ResolvedValue> resolved = new ArrayList<>(values.size());
    Map<String, Integer> firstIndex = new HashMap<>();
    int rejected = 0;
    for (int i = 0; i < values.size(); i++) {
      OutcomeValue value = values.get(i);
      if (value == null) {
        conflicts.add(new OutcomeConflict(i, "values", null, "Giá trị rỗng (null value)"));
        rejected++;
        continue;
      }
      var result = resolver.resolve(i, value, conflicts);
      if (result.isEmpty()) {
        rejected++;
        continue;
      }
      Integer earlier = firstIndex.putIfAbsent(result.get().key(), i);
      if (earlier != null) {
        conflicts.add(
            new OutcomeConflict(
                i,
                "period",
                value.period(),
                "Trùng với giá trị ở vị trí "
                    + earlier
                    + " (cùng chỉ tiêu, kỳ, đơn vị báo cáo) (duplicate of value "
                    + earlier
                    + ")"));
        rejected++;
        continue;
      }
      resolved.add(result.get());
    }
    if (rejected > 0) {
      throw new OutcomeBatchRejectedException(
          new OutcomeBatchResult(OutcomeBatchResult.ERROR, 0, 0, 0, rejected, conflicts));
    }
    requireUnits(resolved, firstIndex);
    locks.requireUnlocked(resolved, resolved.stream().map(v -> firstIndex.get(v.key())).toList());
    return write(resolved).withViolations(checkWritten(resolved));
  }

  /** The checks on the units and periods a batch wrote, read back after the write. */
  private List<OutcomeViolation> checkWritten(List<ResolvedValue> written) {
    Set<UnitPeriod> touched = new LinkedHashSet<>();
    for (ResolvedValue v : written) {
      touched.add(new UnitPeriod(v.unitKey(), v.period().id()));
    }
    return check(touched, outcomes::unitValues);
  }

  /** Every check's findings on these units and periods (none when no check is installed). */
  List<OutcomeViolation> check(Collection<UnitPeriod> touched, OutcomeValues values) {
    List<OutcomeViolation> found = new ArrayList<>();
    for (OutcomeChecks check : checks) {
      found.addAll(check.check(touched, values));
    }
    return found;
  }

  /** Every value must lie in the writer's unit; one outside refuses the whole batch with 403. */
  private void requireUnits(List<ResolvedValue> values, Map<String, Integer> indexOf) {
    List<FieldError> refused = new ArrayList<>();
    String first = null;
    int count = 0;
    for (ResolvedValue v : values) {
      try {
        checkUnit(v.unitType(), v.communeCode(), v.provinceCode());
      } catch (ProblemException e) {
        count++;
        first = first == null ? e.getMessage() : first;
        if (refused.size() < MAX_LISTED_REFUSALS) {
          refused.add(new FieldError("values[" + indexOf.get(v.key()) + "]", e.getMessage()));
        }
      }
    }
    if (count > 0) {
      throw Access.forbidden(
          count + " giá trị nằm ngoài đơn vị của bạn; không giá trị nào được ghi. " + first,
          refused);
    }
  }

  void checkUnit(UnitType type, String communeCode, String provinceCode) {
    switch (type) {
      case POINT, MODEL_COMMUNE, COMMUNE -> access.requireCommune(communeCode, provinceCode);
      case MODEL_PROVINCE, PROVINCE -> access.requireProvince(provinceCode);
    }
  }

  private OutcomeBatchResult write(List<ResolvedValue> values) {
    Map<String, Outcome> existing = existing(values);
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    Instant now = Instant.now();
    List<AuditLog.Change> changes = new ArrayList<>();
    for (ResolvedValue v : values) {
      Outcome row = existing.get(v.key());
      if (row == null) {
        row = new Outcome();
        row.indicatorCode = v.indicatorCode();
        row.period = v.period().id();
        row.periodType = v.period().type();
        row.periodStart = v.period().start();
        row.periodEnd = v.period().end();
        row.unitType = v.unitType();
        row.unitKey = v.unitKey();
        row.pointId = v.pointId();
        row.modelCode = v.modelCode();
        row.communeCode = v.communeCode();
        row.provinceCode = v.provinceCode();
        row.legacyCode = v.legacyCode();
        row.value = v.value();
        row.createdAt = now;
        row.updatedAt = now;
        outcomes.persist(row);
        created++;
        changes.add(
            new AuditLog.Change(
                "outcome",
                String.valueOf(row.id),
                AuditAction.CREATE,
                null,
                OutcomeDto.from(row),
                row.provinceCode,
                row.communeCode));
      } else if (row.value.compareTo(v.value()) == 0) {
        unchanged++;
      } else {
        OutcomeDto before = OutcomeDto.from(row);
        row.value = v.value();
        row.updatedAt = now;
        updated++;
        changes.add(
            new AuditLog.Change(
                "outcome",
                String.valueOf(row.id),
                AuditAction.UPDATE,
                before,
                OutcomeDto.from(row),
                row.provinceCode,
                row.communeCode));
      }
    }
    outcomes.flush();
    audit.recordAll(changes);
    return new OutcomeBatchResult(
        OutcomeBatchResult.SUCCESS, created, updated, unchanged, 0, List.of());
  }

  /** The stored rows for the batch's keys, looked up in chunks rather than one query per value. */
  private Map<String, Outcome> existing(List<ResolvedValue> values) {
    Map<String, Outcome> result = new HashMap<>();
    for (int from = 0; from < values.size(); from += 1000) {
      List<ResolvedValue> chunk = values.subList(from, Math.min(values.size(), from + 1000));
      Set<String> unitKeys = chunk.stream().map(ResolvedValue::unitKey).collect(Collectors.toSet());
      Set<String> periods = chunk.stream().map(v -> v.period().id()).collect(Collectors.toSet());
      Set<String> indicators =
          chunk.stream().map(ResolvedValue::indicatorCode).collect(Collectors.toSet());
      List<Outcome> rows = outcomes.byKeys(unitKeys, periods, indicators);
      for (Outcome row : rows) {
        result.put(row.indicatorCode + "|" + row.period + "|" + row.unitKey, row);
      }
    }
    return result;
  }

  @Transactional
  public void delete(long id) {
    Outcome outcome = outcomes.findById(id);
    if (outcome == null) {
      throw ProblemException.notFound("kết quả", id);
    }
    checkUnit(outcome.unitType, outcome.communeCode, outcome.provinceCode);
    locks.requireUnlocked(List.of(resolved(outcome)), List.of(0));
    OutcomeDto before = OutcomeDto.from(outcome);
    if (outcome.createdByImport != null) {
      // Once gone, the value no longer names the import that created it: its CREATE is kept.
      audit.keepImportedCreation("outcome", Long.toString(id));
    }
    outcomes.delete(outcome);
    audit.record(
        "outcome",
        id,
        AuditAction.DELETE,
        before,
        null,
        before.provinceCode(),
        before.communeCode());
  }

  /** A stored value as the write paths see one, to ask whether it is locked. */
  static ResolvedValue resolved(Outcome row) {
    return new ResolvedValue(
        row.indicatorCode,
        new Period(row.period, row.periodType, row.periodStart, row.periodEnd),
        row.unitType,
        row.unitKey,
        row.pointId,
        row.modelCode,
        row.communeCode,
        row.provinceCode,
        row.value,
        row.legacyCode);
  }
}
