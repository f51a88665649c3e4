package vn.antq.registry.outcome;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.registry.security.Access;

/**
 * Recomputes the maintained totals from the stored values and reports every row that differs; on
 * request replaces them with the recomputation. One transaction: the check compares one snapshot of
 * both, and a repair reads the values with share locks so that no write lands between the
 * recomputation and the replacement.
 */
@ApplicationScoped
public class TotalsDrift {

  private static final int SAMPLES = 20;

  @Inject EntityManager em;
  @Inject Access access;

  // Minutes at tens of millions of values: longer than a request's default transaction.
  @Transactional
  @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600)
  public TotalsDriftDto run(boolean repair) {
    access.requireAdmin("bảng tổng hợp kết quả");
    long values =
        ((Number) em.createNativeQuery("select count(*) from outcome").getSingleResult())
            .longValue();
    // One pass over the values, grouped by stored period; each grain rolls this up.
    em.createNativeQuery("drop temporary table if exists outcome_direct_check").executeUpdate();
    em.createNativeQuery(
            "create temporary table outcome_direct_check engine=InnoDB as select period, province_code, "
                + "coalesce(model_code, '') as model_code, indicator_code, sum(value) as value, count(*) as value_count "
                + "from outcome group by period, province_code, coalesce(model_code, ''), indicator_code"
                + (repair ? " lock in share mode" : ""))
        .executeUpdate();
    List<TotalsDriftDto.Table> tables = new ArrayList<>();
    for (TotalsTable table : TotalsTable.values()) {
      tables.add(check(table, repair));
    }
    em.createNativeQuery("drop temporary table outcome_direct_check").executeUpdate();
    long drift = tables.stream().mapToLong(TotalsDriftDto.Table::driftRows).sum();
    if (drift > 0) {
      Log.warnf(
          "outcome totals: %d rows drifted from the values%s",
          drift, repair ? "; replaced by the recomputation" : "");
    }
    return new TotalsDriftDto(Instant.now(), values, repair, drift, tables);
  }

  private TotalsDriftDto.Table check(TotalsTable table, boolean repair) {
    List<String> keys = keys(table);
    String expected = "expected_" + table.table();
    em.createNativeQuery("drop temporary table if exists " + expected).executeUpdate();
    em.createNativeQuery("create temporary table " + expected + " like " + table.table())
        .executeUpdate();
    em.createNativeQuery(
            TotalsSql.rollUp("outcome_direct_check", expected, keys.toArray(String[]::new)))
        .executeUpdate();
    String on = "t.period = e.period";
    for (String key : keys) {
      on += " and t." + key + " = e." + key;
    }
    String columns =
        "coalesce(e.period, t.period) as period, "
            + coalesced(keys)
            + ", t.value as stored_value, t.value_count as stored_count, t.direct_value as stored_direct_value,"
            + " t.direct_count as stored_direct_count, e.value as expected_value, e.value_count as expected_count,"
            + " e.direct_value as expected_direct_value, e.direct_count as expected_direct_count";
    String differs =
        "select "
            + columns
            + " from "
            + expected
            + " e left join "
            + table.table()
            + " t on "
            + on
            + " where t.period is null or t.value <> e.value or t.value_count <> e.value_count"
            + " or t.direct_value <> e.direct_value or t.direct_count <> e.direct_count"
            + " union all select "
            + columns
            + " from "
            + table.table()
            + " t left join "
            + expected
            + " e on "
            + on
            + " where e.period is null and (t.value_count <> 0 or t.direct_count <> 0 or t.value <> 0 or t.direct_value <> 0)";
    long driftRows =
        ((Number)
                em.createNativeQuery("select count(*) from (" + differs + ") d").getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(differs + " limit " + SAMPLES).getResultList();
    List<TotalsDriftDto.Row> samples = new ArrayList<>();
    for (Object[] row : rows) {
      Map<String, String> key = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        String cell = (String) row[1 + i];
        if (!"".equals(cell)) {
          key.put(camel(keys.get(i)), cell);
        }
      }
      int at = 1 + keys.size();
      samples.add(
          new TotalsDriftDto.Row((String) row[0], key, figures(row, at), figures(row, at + 4)));
    }
    long expectedRows =
        ((Number) em.createNativeQuery("select count(*) from " + expected).getSingleResult())
            .longValue();
    if (repair && driftRows > 0) {
      em.createNativeQuery("delete from " + table.table()).executeUpdate();
      em.createNativeQuery(
              "insert into "
                  + table.table()
                  + " (period, "
                  + String.join(", ", keys)
                  + ", value, value_count, direct_value, direct_count) select period, "
                  + String.join(", ", keys)
                  + ", value, value_count, direct_value, direct_count from "
                  + expected)
          .executeUpdate();
    }
    em.createNativeQuery("drop temporary table " + expected).executeUpdate();
    return new TotalsDriftDto.Table(table.table(), expectedRows, driftRows, samples);
  }

  private static TotalsDriftDto.Figures figures(Object[] row, int at) {
    if (row[at + 1] == null) {
      return null;
    }
    return new TotalsDriftDto.Figures(
        Numbers.plain((BigDecimal) row[at]),
        ((Number) row[at + 1]).longValue(),
        Numbers.plain((BigDecimal) row[at + 2]),
        ((Number) row[at + 3]).longValue());
  }

  private static String coalesced(List<String> keys) {
    List<String> columns = new ArrayList<>();
    for (String key : keys) {
      columns.add("coalesce(e." + key + ", t." + key + ") as " + key);
    }
    return String.join(", ", columns);
  }

  static List<String> keys(TotalsTable table) {
    return switch (table) {
      case PROVINCE -> List.of("province_code", "indicator_code");
      case MODEL -> List.of("model_code", "province_code", "indicator_code");
    };
  }

  private static String camel(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
