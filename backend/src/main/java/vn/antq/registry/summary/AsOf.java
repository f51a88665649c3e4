package vn.antq.registry.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.antq.registry.outcome.Period;

/** The day a period's counts are taken, and the coverage share computed from them. */
final class AsOf {

  /** The end of the period, but never a day still to come: a running year counts as of today. */
  static LocalDate date(Period period, LocalDate today) {
    return period == null || period.end().isAfter(today) ? today : period.end();
  }

  /** The share of communes covered, to four places (0 when there are no communes). */
  static BigDecimal coverage(long covered, long communes) {
    return communes == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(communes), 4, RoundingMode.HALF_UP);
  }

  private AsOf() {}
}
