package vn.antq.registry.outcome;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The grains of maintained totals (V14) and which dimensions each holds. '' keys "no model", which
 * the values spell as null.
 */
public enum TotalsTable {
  PROVINCE(
      "outcome_total_province",
      EnumSet.of(
          OutcomeTotals.Dimension.provinceCode,
          OutcomeTotals.Dimension.indicatorCode,
          OutcomeTotals.Dimension.period)),
  MODEL(
      "outcome_total_model",
      EnumSet.of(
          OutcomeTotals.Dimension.provinceCode,
          OutcomeTotals.Dimension.modelCode,
          OutcomeTotals.Dimension.indicatorCode,
          OutcomeTotals.Dimension.period));

  final String table;
  final Set<OutcomeTotals.Dimension> dimensions;

  TotalsTable(String table, Set<OutcomeTotals.Dimension> dimensions) {
    this.table = table;
    this.dimensions = dimensions;
  }

  public String table() {
    return table;
  }

  /** The smallest grain holding every grouped and filtered dimension; null: sum the values. */
  static TotalsTable holding(List<OutcomeTotals.Dimension> groupBy, OutcomeTotals.Scope scope) {
    if (scope.pointId() != null) {
      return null;
    }
    for (TotalsTable table : values()) {
      boolean holds = table.dimensions.containsAll(groupBy);
      for (OutcomeTotals.Dimension d : OutcomeTotals.Dimension.values()) {
        holds &= !scope.uses(d) || table.dimensions.contains(d);
      }
      if (holds) {
        return table;
      }
    }
    return null;
  }

  Object unkeyed(OutcomeTotals.Dimension dimension, Object cell) {
    return dimension == OutcomeTotals.Dimension.modelCode && "".equals(cell) ? null : cell;
  }
}
