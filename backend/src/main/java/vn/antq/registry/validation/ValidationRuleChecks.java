package vn.antq.registry.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import vn.antq.registry.outcome.OutcomeChecks;
import vn.antq.registry.outcome.OutcomeValues;
import vn.antq.registry.outcome.OutcomeViolation;
import vn.antq.registry.outcome.UnitPeriod;

/** The validation rules, run by outcome on every write (POST /outcomes, file imports). */
@ApplicationScoped
public class ValidationRuleChecks implements OutcomeChecks {

  @Inject RuleEngine engine;

  @Override
  public List<OutcomeViolation> check(Collection<UnitPeriod> touched, OutcomeValues values) {
    return engine.check(touched, values);
  }
}
