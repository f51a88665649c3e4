package vn.antq.registry.outcome;

/** The roll-up shared by imports and the recomputation: per-stored-period sums into totals. */
final class TotalsSql {

  private TotalsSql() {}

  /**
   * Adds {@code source} (period, keys, value, value_count: sums of values stored for exactly that
   * period) to {@code target}'s rows of every period containing each one.
   */
  static String rollUp(String source, String target, String... keys) {
    String columns = String.join(", ", keys);
    StringBuilder selected = new StringBuilder();
    StringBuilder grouped = new StringBuilder();
    for (String key : keys) {
      selected.append("d.").append(key).append(", ");
      grouped.append(", d.").append(key);
    }
    String t = target;
    return "insert into "
        + t
        + " (period, "
        + columns
        + ", value, value_count, direct_value, direct_count) select r.rolled, "
        + selected
        + "sum(d.value), sum(d.value_count), sum(if(r.rolled = r.period, d.value, 0)), "
        + "sum(if(r.rolled = r.period, d.value_count, 0)) from "
        + source
        + " d join period_rollup r on r.period = d.period group by r.rolled"
        + grouped
        + " on duplicate key update value = "
        + t
        + ".value + values(value), value_count = "
        + t
        + ".value_count + values(value_count), direct_value = "
        + t
        + ".direct_value + values(direct_value), direct_count = "
        + t
        + ".direct_count + values(direct_count)";
  }
}
