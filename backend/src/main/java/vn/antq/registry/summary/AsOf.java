package vn.antq.registry.summary;

import java.time.LocalDate;
import vn.antq.registry.outcome.Period;

/** Which models and points count at the end of a period: started by then and not yet retired. */
final class AsOf {

  /** The end of the period, but never a day still to come: a running year counts as of today. */
  static LocalDate date(Period period, LocalDate today) {
    return period == null || period.end().isAfter(today) ? today : period.end();
  }

  static final String MODEL_COUNTS =
      "(started_on is null or started_on <= :asOf) and not (status = 'RETIRED' and status_since <= :asOf)";
  static final String POINT_COUNTS =
      "(established_on is null or established_on <= :asOf) and not (status = 'RETIRED' and status_since <= :asOf)";

  private AsOf() {}
}
