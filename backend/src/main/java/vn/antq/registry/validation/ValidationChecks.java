package vn.antq.registry.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.outcome.UnitType;

/**
 * What blocks submitting a report: the ERROR rules broken by the values of one reporting unit.
 * Called by the reporting cycle; warnings never block.
 */
@ApplicationScoped
public class ValidationChecks {

  @Inject RuleEngine engine;

  /**
   * The ERROR violations of a unit's values for periods inside [periodStart, periodEnd] (each
   * stored period judged on its own).
   *
   * @param periodId the report's period; read only when the dates are not given
   * @param pointId that point's values
   * @param communeCode when no point: every value inside the commune (its points, models and the
   *     commune itself)
   * @param provinceCode when neither: the province's own province-level values
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ViolationDto> errors(
      String periodId,
      LocalDate periodStart,
      LocalDate periodEnd,
      Long pointId,
      String communeCode,
      String provinceCode) {
    if (periodStart == null || periodEnd == null) {
      Period period =
          Period.tryParse(periodId)
              .orElseThrow(() -> new IllegalArgumentException(Period.invalidMessage(periodId)));
      periodStart = periodStart == null ? period.start() : periodStart;
      periodEnd = periodEnd == null ? period.end() : periodEnd;
    }
    List<ValidationRule> errorRules =
        engine.rules().stream().filter(r -> r.importance == RuleImportance.ERROR).toList();
    if (pointId != null) {
      return map(engine.within(errorRules, periodStart, periodEnd, null, null, pointId, null));
    }
    if (communeCode != null) {
      return map(engine.within(errorRules, periodStart, periodEnd, null, communeCode, null, null));
    }
    if (provinceCode == null) {
      throw new IllegalArgumentException("errors() needs a point, a commune or a province");
    }
    return map(
        engine.within(
            errorRules, periodStart, periodEnd, provinceCode, null, null, UnitType.PROVINCE));
  }

  private static List<ViolationDto> map(List<vn.antq.registry.outcome.OutcomeViolation> found) {
    return found.stream().map(ViolationDto::of).toList();
  }
}
