package vn.antq.registry.outcome;

import java.util.List;

/**
 * What a merged import stage adds to the maintained totals: the stage's changes grouped by stored
 * period first, then rolled up into every containing period in one upsert per grain. A new value
 * adds itself and one to the count; a changed one adds the difference under the keys it is stored
 * with (the merge changes values, never their place).
 */
final class StagedTotals {

  private StagedTotals() {}

  static List<String> statements() {
    return List.of(
        "drop temporary table if exists stage_direct",
        "create temporary table stage_direct engine=InnoDB as select s.period, "
            + "if(s.existing_id is null, s.province_code, o.province_code) as province_code, "
            + "coalesce(if(s.existing_id is null, s.model_code, o.model_code), '') as model_code, s.indicator_code, "
            + "sum(s.value - coalesce(s.existing_value, 0)) as value, sum(s.existing_id is null) as value_count "
            + "from outcome_stage s left join outcome o on o.id = s.existing_id "
            + "where s.existing_id is null or s.existing_value <> s.value group by 1, 2, 3, 4",
        TotalsSql.rollUp(
            "stage_direct", TotalsTable.PROVINCE.table(), "province_code", "indicator_code"),
        TotalsSql.rollUp(
            "stage_direct",
            TotalsTable.MODEL.table(),
            "model_code",
            "province_code",
            "indicator_code"),
        "drop temporary table stage_direct");
  }
}
