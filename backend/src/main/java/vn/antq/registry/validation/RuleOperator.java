package vn.antq.registry.validation;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a rule compares its left side with its right side. */
@Schema(name = "RuleOperator", description = "LT <, LE ≤, EQ =, NE ≠, GE ≥, GT >")
public enum RuleOperator {
  LT("<"),
  LE("≤"),
  EQ("="),
  NE("≠"),
  GE("≥"),
  GT(">");

  final String symbol;

  RuleOperator(String symbol) {
    this.symbol = symbol;
  }

  /** True when {@code left op right} holds; compared by value, so 2 and 2.00 are equal. */
  boolean holds(BigDecimal left, BigDecimal right) {
    int c = left.compareTo(right);
    return switch (this) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      case GE -> c >= 0;
      case GT -> c > 0;
    };
  }
}
