package vn.antq.registry.outcome;

import java.util.List;

/**
 * What a merged import stage adds to the maintained totals, as one upsert per grain: a new value
 * adds itself and one to the count; a changed one adds the difference under the keys it is stored
 * with (the merge changes values, never their place).
 *
 * <p>Each statement streams its rows into the totals table and lets ON DUPLICATE KEY UPDATE add up
 * the rows that fall on one key (the months of a quarter, the values of a province): a GROUP BY
 * over the stage joined to its periods would sort four rows per staged value in a temporary table
 * on disk first, the slowest part of a large import. The coarse grains (province, model) first add
 * up the stage by stored period in a derived table, a few hundred rows, so they upsert only those.
 */
final class StagedTotals {

  private StagedTotals() {}

  private static final String DELTA = "s.value - coalesce(s.existing_value, 0)";
  private static final String CREATED = "(s.existing_id is null)";
  private static final String WRITTEN =
      " from outcome_stage s left join outcome o on o.id = s.existing_id"
          + " where s.existing_id is null or s.existing_value <> s.value";

  static List<String> statements() {
    return List.of(
        grouped("outcome_total_province", "province_code", "indicator_code"),
        streamed("outcome_total_commune", "province_code", "commune_code", "indicator_code"),
        grouped("outcome_total_model", "model_code", "province_code", "indicator_code"));
  }

  /** The key as stored: the stage's for a new value, the stored row's for a changed one. */
  private static String key(String key) {
    String column = "if(s.existing_id is null, s." + key + ", o." + key + ")";
    return key.equals("commune_code") || key.equals("model_code")
        ? "coalesce(" + column + ", '')"
        : column;
  }

  /** Every staged value joined to the periods containing it, upserted one row at a time. */
  private static String streamed(String table, String... keys) {
    StringBuilder select = new StringBuilder("select r.rolled");
    for (String key : keys) {
      select.append(", ").append(key(key));
    }
    select
        .append(", ")
        .append(DELTA)
        .append(", ")
        .append(CREATED)
        .append(", if(r.rolled = r.period, ")
        .append(DELTA)
        .append(", 0), if(r.rolled = r.period, ")
        .append(CREATED)
        .append(", 0)")
        .append(
            WRITTEN.replace(
                " left join", " join period_rollup r on r.period = s.period left join"));
    return upsert(table, keys, select.toString());
  }

  /** The stage added up by stored period and key first, then joined to the containing periods. */
  private static String grouped(String table, String... keys) {
    StringBuilder inner = new StringBuilder("select s.period");
    StringBuilder outer = new StringBuilder("select r.rolled");
    StringBuilder group = new StringBuilder(" group by 1");
    for (int i = 0; i < keys.length; i++) {
      inner.append(", ").append(key(keys[i])).append(" k").append(i);
      outer.append(", g.k").append(i);
      group.append(", ").append(i + 2);
    }
    inner
        .append(", sum(")
        .append(DELTA)
        .append(") v, sum(")
        .append(CREATED)
        .append(") c")
        .append(WRITTEN)
        .append(group);
    outer
        .append(
            ", g.v, g.c, if(r.rolled = g.period, g.v, 0), if(r.rolled = g.period, g.c, 0) from (")
        .append(inner)
        .append(") g join period_rollup r on r.period = g.period");
    return upsert(table, keys, outer.toString());
  }

  private static String upsert(String table, String[] keys, String select) {
    return "insert into "
        + table
        + " (period, "
        + String.join(", ", keys)
        + ", value, value_count, direct_value, direct_count) "
        + select
        + " on duplicate key update value = "
        + table
        + ".value + values(value), value_count = "
        + table
        + ".value_count + values(value_count), direct_value = "
        + table
        + ".direct_value + values(direct_value), direct_count = "
        + table
        + ".direct_count + values(direct_count)";
  }
}
