package vn.antq.registry.outcome;

import java.util.List;

/**
 * What a merged import stage adds to the maintained totals, as one grouped upsert per grain: a new
 * value adds itself and one to the count; a changed one adds the difference under the keys it is
 * stored with (the merge changes values, never their place).
 */
final class StagedTotals {

  private StagedTotals() {}

  static List<String> statements() {
    return List.of(
        upsert("outcome_total_province", "province_code", "indicator_code"),
        upsert("outcome_total_commune", "province_code", "commune_code", "indicator_code"),
        upsert("outcome_total_model", "model_code", "province_code", "indicator_code"));
  }

  private static String upsert(String table, String... keys) {
    StringBuilder select = new StringBuilder();
    for (String key : keys) {
      String column = "if(s.existing_id is null, s." + key + ", o." + key + ")";
      if (key.equals("commune_code") || key.equals("model_code")) {
        column = "coalesce(" + column + ", '')";
      }
      select.append(column).append(", ");
    }
    String delta = "s.value - coalesce(s.existing_value, 0)";
    String self = "r.rolled = r.period";
    return "insert into "
        + table
        + " (period, "
        + String.join(", ", keys)
        + ", value, value_count, direct_value, direct_count) select r.rolled, "
        + select
        + "sum("
        + delta
        + "), sum(s.existing_id is null), sum(if("
        + self
        + ", "
        + delta
        + ", 0)), sum("
        + self
        + " and s.existing_id is null) from outcome_stage s join period_rollup r on r.period = s.period "
        + "left join outcome o on o.id = s.existing_id where s.existing_id is null or s.existing_value <> s.value "
        + "group by 1"
        + groupColumns(keys.length)
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

  private static String groupColumns(int keys) {
    StringBuilder group = new StringBuilder();
    for (int i = 0; i < keys; i++) {
      group.append(", ").append(i + 2);
    }
    return group.toString();
  }
}
