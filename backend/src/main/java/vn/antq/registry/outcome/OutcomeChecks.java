package vn.antq.registry.outcome;

import java.util.Collection;
import java.util.List;

/**
 * Checks run on values just written by POST /outcomes or a file import, in the writer's
 * transaction. Implemented by features that depend on outcome (validation rules), so outcome never
 * depends on them; none may refuse a write, they only report.
 */
public interface OutcomeChecks {

  /** What is wrong among the values of these units and periods, read through {@code values}. */
  List<OutcomeViolation> check(Collection<UnitPeriod> touched, OutcomeValues values);
}
