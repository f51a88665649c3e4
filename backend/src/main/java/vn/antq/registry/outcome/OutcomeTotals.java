package vn.antq.registry.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.JdbcRows;
import vn.antq.registry.freshness.AnswerCache;

/**
 * Sums outcome values with the period roll-up: a stored value counts for a period when it lies
 * inside it. Each stored row is one value, so nothing is counted twice. Reads the maintained totals
 * (V14, kept by the outcome table's triggers in the writer's transaction, so a saved value shows at
 * once) whenever their grain holds every asked dimension; a commune or a point is summed from the
 * values themselves, which such a scope keeps few.
 */
@ApplicationScoped
public class OutcomeTotals {

  public enum Dimension {
    provinceCode("province_code"),
    communeCode("commune_code"),
    modelCode("model_code"),
    indicatorCode("indicator_code"),
    period("period");

    final String column;

    Dimension(String column) {
      this.column = column;
    }
  }

  public record Scope(
      String provinceCode,
      String communeCode,
      String modelCode,
      String indicatorCode,
      Long pointId) {
    public static Scope all() {
      return new Scope(null, null, null, null, null);
    }

    boolean uses(Dimension dimension) {
      return switch (dimension) {
        case provinceCode -> provinceCode != null;
        case communeCode -> communeCode != null;
        case modelCode -> modelCode != null;
        case indicatorCode -> indicatorCode != null;
        case period -> false;
      };
    }
  }

  @Inject EntityManager em;
  @Inject AnswerCache answers;

  /**
   * Totals grouped by {@code groupBy}. With periods given, each is rolled up separately and
   * "period" groups by the asked period; without, "period" groups by the stored period.
   */
  public List<Map<String, Object>> totals(
      List<Dimension> groupBy, List<Period> periods, Scope scope) {
    return answers.get(
        List.of("totals", List.copyOf(groupBy), List.copyOf(periods), scope),
        () -> {
          TotalsTable table = TotalsTable.holding(groupBy, scope);
          return List.copyOf(
              table == null
                  ? fromValues(groupBy, periods, scope)
                  : fromTotals(table, groupBy, periods, scope));
        });
  }

  /** The same figures summed from the stored values: what the maintained totals must equal. */
  public List<Map<String, Object>> fromValues(
      List<Dimension> groupBy, List<Period> periods, Scope scope) {
    List<Map<String, Object>> items = new ArrayList<>();
    if (periods.isEmpty()) {
      items.addAll(queryValues(groupBy, null, scope));
    } else {
      for (Period period : periods) {
        items.addAll(queryValues(groupBy, period, scope));
      }
    }
    return items;
  }

  /** The figures read from one grain of maintained totals: one query for every asked period. */
  public List<Map<String, Object>> fromTotals(
      TotalsTable table, List<Dimension> groupBy, List<Period> periods, Scope scope) {
    boolean rolled = !periods.isEmpty();
    List<String> group = new ArrayList<>();
    if (rolled) {
      group.add("t.period");
    }
    for (Dimension d : groupBy) {
      if (!(d == Dimension.period && rolled)) {
        group.add("t." + d.column);
      }
    }
    String sum = rolled ? "t.value" : "t.direct_value";
    StringBuilder sql = new StringBuilder("select ");
    sql.append(group.isEmpty() ? "" : String.join(", ", group) + ", ")
        .append("sum(")
        .append(sum)
        .append(") from ")
        .append(table.table)
        .append(" t where ")
        .append(rolled ? "t.value_count > 0" : "t.direct_count > 0");
    List<Object> params = new ArrayList<>();
    if (rolled) {
      List<String> ids = periods.stream().map(Period::id).distinct().toList();
      sql.append(" and t.period in (")
          .append(String.join(", ", Collections.nCopies(ids.size(), "?")))
          .append(')');
      params.addAll(ids);
    }
    filter(sql, params, "t", "province_code", scope.provinceCode());
    filter(sql, params, "t", "model_code", scope.modelCode());
    filter(sql, params, "t", "indicator_code", scope.indicatorCode());
    if (!group.isEmpty()) {
      sql.append(" group by ")
          .append(String.join(", ", group))
          .append(" order by ")
          .append(String.join(", ", group));
    }
    List<Object[]> rows = JdbcRows.select(em, sql.toString(), params);
    Map<String, List<Map<String, Object>>> byPeriod = new HashMap<>();
    List<Map<String, Object>> unrolled = new ArrayList<>();
    for (Object[] cells : rows) {
      BigDecimal total = (BigDecimal) cells[cells.length - 1];
      if (total == null) {
        continue;
      }
      int column = 0;
      String period = rolled ? (String) cells[column++] : null;
      Map<String, Object> item = new LinkedHashMap<>();
      for (Dimension d : groupBy) {
        if (d == Dimension.period && rolled) {
          item.put("period", period);
        } else {
          item.put(d.name(), table.unkeyed(d, cells[column++]));
        }
      }
      item.put("value", Numbers.plain(total));
      (rolled ? byPeriod.computeIfAbsent(period, p -> new ArrayList<>()) : unrolled).add(item);
    }
    if (!rolled) {
      return unrolled;
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Period period : periods) {
      for (Map<String, Object> item : byPeriod.getOrDefault(period.id(), List.of())) {
        items.add(new LinkedHashMap<>(item));
      }
    }
    return items;
  }

  private List<Map<String, Object>> queryValues(
      List<Dimension> groupBy, Period period, Scope scope) {
    List<String> select = new ArrayList<>();
    List<String> group = new ArrayList<>();
    for (Dimension d : groupBy) {
      if (d == Dimension.period && period != null) {
        continue;
      }
      select.add("o." + d.column);
      group.add("o." + d.column);
    }
    StringBuilder sql = new StringBuilder("select ");
    sql.append(select.isEmpty() ? "" : String.join(", ", select) + ", ")
        .append("sum(o.value) from outcome o where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (period != null) {
      sql.append(" and o.period_start >= ? and o.period_start <= ? and o.period_end <= ?");
      params.addAll(List.of(period.start(), period.end(), period.end()));
    }
    filter(sql, params, "o", "province_code", scope.provinceCode());
    filter(sql, params, "o", "commune_code", scope.communeCode());
    filter(sql, params, "o", "model_code", scope.modelCode());
    filter(sql, params, "o", "indicator_code", scope.indicatorCode());
    filter(sql, params, "o", "point_id", scope.pointId());
    if (!group.isEmpty()) {
      sql.append(" group by ")
          .append(String.join(", ", group))
          .append(" order by ")
          .append(String.join(", ", group));
    }
    List<Object[]> rows = JdbcRows.select(em, sql.toString(), params);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Object[] cells : rows) {
      BigDecimal sum = (BigDecimal) cells[cells.length - 1];
      if (sum == null) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      int column = 0;
      for (Dimension d : groupBy) {
        if (d == Dimension.period && period != null) {
          item.put("period", period.id());
        } else {
          item.put(d.name(), cells[column++]);
        }
      }
      item.put("value", Numbers.plain(sum));
      items.add(item);
    }
    return items;
  }

  private static void filter(
      StringBuilder sql, List<Object> params, String alias, String column, Object value) {
    if (value != null) {
      sql.append(" and ").append(alias).append('.').append(column).append(" = ?");
      params.add(value);
    }
  }
}
