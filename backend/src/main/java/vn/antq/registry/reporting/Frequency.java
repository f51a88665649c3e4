package vn.antq.registry.reporting;

import vn.antq.registry.outcome.Period;

/**
 * How often an obligation falls due: the names of the period types, so that an obligation's periods
 * are the outcome periods of that type.
 */
public enum Frequency {
  MONTH,
  QUARTER,
  HALF,
  YEAR;

  public Period.Type periodType() {
    return Period.Type.valueOf(name());
  }
}
