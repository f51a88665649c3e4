package vn.antq.registry.outlier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as clients read them: 40, not 40.0000; computed figures without float noise. */
final class Plain {

  private Plain() {}

  static BigDecimal of(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Medians, deviations and bounds to 4 decimals, as values are stored. */
  static BigDecimal rounded(Double value) {
    return value == null ? null : of(BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP));
  }

  /** Scores to 6 significant digits: a tail probability of 1e-60 must not round to 0. */
  static BigDecimal significant(Double value) {
    return value == null ? null : of(new BigDecimal(value).round(new MathContext(6)));
  }
}
