package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.outcome.ResolvedValue;
import vn.antq.registry.outcome.UnitType;
import vn.antq.registry.outcome.ValueLock;
import vn.antq.registry.outcome.ValueLocks;

/**
 * An approved report locks its unit's values of its indicators, for its period and every period
 * inside it: a point's report its point's values, a commune's every value filed under the commune
 * (its points' too), a province's the province-level values.
 */
@ApplicationScoped
public class ReportLocks implements ValueLocks {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject ReportRepository reports;
  @Inject ReportingObligationRepository obligations;
  @Inject RegistryClock clock;

  @Override
  public List<ValueLock> find(List<ResolvedValue> values) {
    ValueLock[] found = new ValueLock[values.size()];
    if (values.isEmpty()) {
      return Arrays.asList(found);
    }
    Set<String> provinces = new HashSet<>();
    LocalDate from = LocalDate.MAX;
    LocalDate to = LocalDate.MIN;
    for (ResolvedValue v : values) {
      provinces.add(v.provinceCode());
      from = v.period().start().isBefore(from) ? v.period().start() : from;
      to = v.period().end().isAfter(to) ? v.period().end() : to;
    }
    // Read (and share-lock) every report in range, approved or not: an approval in flight waits.
    Map<String, List<Report>> approved = new HashMap<>();
    for (Report report : reports.lockingRead(provinces, from, to)) {
      if (report.workflow == ReportWorkflow.APPROVED) {
        approved.computeIfAbsent(report.provinceCode, p -> new ArrayList<>()).add(report);
      }
    }
    if (approved.isEmpty()) {
      return Arrays.asList(found);
    }
    Map<String, Set<String>> indicators = new HashMap<>();
    for (int i = 0; i < found.length; i++) {
      ResolvedValue v = values.get(i);
      for (Report report : approved.getOrDefault(v.provinceCode(), List.of())) {
        if (covers(report, v, indicators)) {
          found[i] = lock(report);
          break;
        }
      }
    }
    return Arrays.asList(found);
  }

  private boolean covers(Report report, ResolvedValue v, Map<String, Set<String>> indicators) {
    if (report.periodStart.isAfter(v.period().start())
        || report.periodEnd.isBefore(v.period().end())) {
      return false;
    }
    boolean unit =
        switch (report.unitType) {
          case POINT -> report.pointId.equals(v.pointId());
          case COMMUNE -> report.communeCode.equals(v.communeCode());
          case PROVINCE ->
              v.unitType() == UnitType.PROVINCE || v.unitType() == UnitType.MODEL_PROVINCE;
        };
    return unit
        && indicators
            .computeIfAbsent(
                report.obligationCode,
                code -> {
                  ReportingObligation obligation = obligations.findById(code);
                  return obligation == null ? Set.of() : Set.copyOf(obligation.indicatorCodes);
                })
            .contains(v.indicatorCode());
  }

  private ValueLock lock(Report report) {
    return new ValueLock(
        report.obligationCode,
        report.period,
        report.unitType.name(),
        report.unit,
        report.approvedBy,
        report.approvedAt,
        SHOWN.format(report.approvedAt.atZone(clock.zone())),
        reopenBy(report.unitType, report.provinceCode));
  }

  /** Who may open a report again, by role and unit (what the lock's message tells the writer). */
  static String reopenBy(ReporterLevel level, String provinceCode) {
    return level == ReporterLevel.PROVINCE
        ? "central-admin"
        : "province-officer " + provinceCode + ", central-admin";
  }
}
