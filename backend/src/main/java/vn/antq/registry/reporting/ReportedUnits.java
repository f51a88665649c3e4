package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.model.ModelRepository;
import vn.antq.registry.outcome.OutcomeRepository;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointRepository;

/**
 * The expected points of an obligation and period and when each first reported. Expected units are
 * computed exactly from the registry as of the period, and only expected units count as reported,
 * so no rate exceeds 100%. Data counts whichever way it came in (entered, posted or imported).
 */
@ApplicationScoped
class ReportedUnits {

  @Inject ReportingObligationRepository obligations;
  @Inject PointRepository points;
  @Inject OutcomeRepository outcomes;
  @Inject ModelRepository models;
  @Inject RegistryClock clock;

  /** One expected point; {@code firstValueAt} null: nothing reported yet. */
  record Unit(PointRepository.Expected point, Instant firstValueAt, boolean onTime) {
    boolean reported() {
      return firstValueAt != null;
    }
  }

  record Report(String obligationCode, Period period, LocalDate dueDate, List<Unit> units) {}

  /** The obligation and a period of its frequency. */
  record Target(ReportingObligation obligation, Period period) {}

  Target target(String code, String periodId) {
    ReportingObligation obligation = obligations.require(code);
    return new Target(obligation, period(obligation, periodId));
  }

  /** The expected points of a scope (null codes: nationwide, every commune). */
  Report report(Target target, String provinceCode, String communeCode) {
    ReportingObligation obligation = target.obligation();
    Period period = target.period();
    if (obligation.reporterLevel != ReporterLevel.POINT) {
      throw ProblemException.unprocessable(
          "reporterLevel",
          "Chưa tính được tình hình báo cáo cho cấp "
              + obligation.reporterLevel
              + "; hiện chỉ tính cho cấp POINT (only POINT obligations so far)");
    }
    List<PointRepository.Expected> expected =
        points.expectedIn(
            period.start(), period.end(), provinceCode, communeCode, scope(obligation));
    Map<Long, Instant> first =
        outcomes.firstPointValues(
            period.start(), period.end(), provinceCode, obligation.indicatorCodes);
    LocalDate due = period.end().plusDays(obligation.dueDaysAfterEnd);
    // On time: stored before the end of the due day in Việt Nam.
    Instant deadline = due.plusDays(1).atStartOfDay(clock.zone()).toInstant();
    List<Unit> units =
        expected.stream()
            .map(
                p -> {
                  Instant at = first.get(p.id());
                  return new Unit(p, at, at != null && at.isBefore(deadline));
                })
            .toList();
    return new Report(obligation.code, period, due, units);
  }

  /** The model codes the obligation covers; null: every model. */
  private List<String> scope(ReportingObligation obligation) {
    return switch (obligation.appliesTo) {
      case ALL -> null;
      case CATEGORY -> models.codesInCategory(obligation.categoryCode);
      case MODELS -> List.copyOf(obligation.modelCodes);
    };
  }

  private static Period period(ReportingObligation obligation, String id) {
    if (id == null || id.isBlank()) {
      throw ProblemException.badRequest("period", "Thiếu kỳ báo cáo (period is required)");
    }
    Period period =
        Period.tryParse(id.strip())
            .orElseThrow(() -> ProblemException.badRequest("period", Period.invalidMessage(id)));
    if (period.type() != obligation.frequency.periodType()) {
      throw ProblemException.badRequest(
          "period",
          "Kỳ '"
              + Inputs.clip(id)
              + "' không phải kỳ "
              + obligation.frequency
              + " của nghĩa vụ này (period is not of the obligation's frequency)");
    }
    return period;
  }
}
