package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import vn.antq.registry.province.ProvinceRepository;

/**
 * Who has reported for an obligation and period. Expected units are computed exactly from the
 * registry as of the period, and only expected units count as reported, so no rate exceeds 100%.
 * Data counts as reported whichever way it came in (entered, posted or imported).
 */
@ApplicationScoped
public class CompletenessService {

  @Inject ReportingObligationRepository obligations;
  @Inject PointRepository points;
  @Inject OutcomeRepository outcomes;
  @Inject ModelRepository models;
  @Inject ProvinceRepository provinces;
  @Inject RegistryClock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public CompletenessDto completeness(String code, String periodId, String provinceCode) {
    ReportingObligation obligation = obligations.require(code);
    Period period = period(obligation, periodId);
    String province = province(provinceCode);
    if (obligation.reporterLevel != ReporterLevel.POINT) {
      throw ProblemException.unprocessable(
          "reporterLevel",
          "Chưa tính được tình hình báo cáo cho cấp "
              + obligation.reporterLevel
              + "; hiện chỉ tính cho cấp POINT (only POINT obligations so far)");
    }
    List<Long> expected =
        points.expectedIn(period.start(), period.end(), province, scope(obligation));
    Map<Long, Instant> first =
        outcomes.firstPointValues(
            period.start(), period.end(), province, obligation.indicatorCodes);
    LocalDate due = period.end().plusDays(obligation.dueDaysAfterEnd);
    // On time: stored before the end of the due day in Việt Nam.
    Instant deadline = due.plusDays(1).atStartOfDay(clock.zone()).toInstant();
    long reported = 0;
    long onTime = 0;
    for (Long point : expected) {
      Instant at = first.get(point);
      if (at != null) {
        reported++;
        if (at.isBefore(deadline)) {
          onTime++;
        }
      }
    }
    return new CompletenessDto(
        obligation.code,
        period.id(),
        province,
        due,
        expected.size(),
        reported,
        onTime,
        reported - onTime,
        expected.size() - reported);
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

  private String province(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    if (!Inputs.isCode(code) || !provinces.exists(code)) {
      throw ProblemException.badRequest(
          "provinceCode", "Không có tỉnh mã '" + Inputs.clip(code) + "' (unknown province)");
    }
    return code;
  }
}
