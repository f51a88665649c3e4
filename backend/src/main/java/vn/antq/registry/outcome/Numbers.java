package vn.antq.registry.outcome;

import java.math.BigDecimal;

/** Values are stored with 4 decimals; clients see 549, not 549.0000. */
final class Numbers {

  private Numbers() {}

  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
