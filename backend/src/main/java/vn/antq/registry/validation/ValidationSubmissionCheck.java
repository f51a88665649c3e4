package vn.antq.registry.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.reporting.SubmissionCheck;

/** ERROR rules broken by a unit's values block its report's submission (warnings never do). */
@ApplicationScoped
public class ValidationSubmissionCheck implements SubmissionCheck {

  @Inject ValidationChecks checks;

  @Override
  public List<String> blocking(
      Period period, Long pointId, String communeCode, String provinceCode) {
    return checks
        .errors(period.id(), period.start(), period.end(), pointId, communeCode, provinceCode)
        .stream()
        .map(v -> "Kỳ " + v.period() + ", " + v.unitKey() + ": " + v.message())
        .toList();
  }
}
