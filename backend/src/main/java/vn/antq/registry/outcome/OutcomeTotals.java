package vn.antq.registry.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums outcome values with the period roll-up: a stored value counts for a period when it lies
 * inside it. Each stored row is one value, so nothing is counted twice. One indexed GROUP BY per
 * asked period; nothing is precomputed, so a saved value shows at once.
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
  }

  @Inject EntityManager em;

  /**
   * Totals grouped by {@code groupBy}. With periods given, each is rolled up separately and
   * "period" groups by the asked period; without, "period" groups by the stored period.
   */
  public List<Map<String, Object>> totals(
      List<Dimension> groupBy, List<Period> periods, Scope scope) {
    List<Map<String, Object>> items = new ArrayList<>();
    if (periods.isEmpty()) {
      items.addAll(query(groupBy, null, scope));
    } else {
      for (Period period : periods) {
        items.addAll(query(groupBy, period, scope));
      }
    }
    return items;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> query(List<Dimension> groupBy, Period period, Scope scope) {
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
    Map<String, Object> params = new LinkedHashMap<>();
    if (period != null) {
      sql.append(" and o.period_start >= :start and o.period_end <= :end");
      params.put("start", period.start());
      params.put("end", period.end());
    }
    filter(sql, params, "province_code", "provinceCode", scope.provinceCode());
    filter(sql, params, "commune_code", "communeCode", scope.communeCode());
    filter(sql, params, "model_code", "modelCode", scope.modelCode());
    filter(sql, params, "indicator_code", "indicatorCode", scope.indicatorCode());
    filter(sql, params, "point_id", "pointId", scope.pointId());
    if (!group.isEmpty()) {
      sql.append(" group by ")
          .append(String.join(", ", group))
          .append(" order by ")
          .append(String.join(", ", group));
    }
    Query query = em.createNativeQuery(sql.toString());
    params.forEach(query::setParameter);
    List<Object> rows = query.getResultList();
    List<Map<String, Object>> items = new ArrayList<>();
    for (Object row : rows) {
      Object[] cells = row instanceof Object[] array ? array : new Object[] {row};
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
      StringBuilder sql, Map<String, Object> params, String column, String param, Object value) {
    if (value != null) {
      sql.append(" and o.").append(column).append(" = :").append(param);
      params.put(param, value);
    }
  }
}
