package vn.antq.registry.outcome;

import java.util.List;

/**
 * What a merged import adds to the maintained totals: its changes grouped by stored period first
 * (in {@link #TABLE}: the stage's, and those of the values loaded straight into outcome, see {@link
 * CreatedTotals}), then rolled up into every containing period in one upsert per grain. A new value
 * adds itself and one to the count; a changed one adds the difference under the keys it is stored
 * with (the merge changes values, never their place).
 */
final class StagedTotals {

  static final String TABLE = "stage_direct";

  private StagedTotals() {}

  /** Creates {@link #TABLE} and fills it with the stage's changes. */
  static List<String> collect() {
    return List.of(
        "drop temporary table if exists " + TABLE,
        "create temporary table "
            + TABLE
            + " (period varchar(8) not null, province_code char(2) not null, model_code varchar(40) not null, "
            + "indicator_code varchar(40) not null, value decimal(30,4) not null, value_count bigint not null) engine=InnoDB",
        "insert into "
            + TABLE
            + " (period, province_code, model_code, indicator_code, value, value_count) select s.period, "
            + "if(s.existing_id is null, s.province_code, o.province_code), "
            + "coalesce(if(s.existing_id is null, s.model_code, o.model_code), ''), s.indicator_code, "
            + "sum(s.value - coalesce(s.existing_value, 0)), sum(s.existing_id is null) "
            + "from outcome_stage s left join outcome o on o.id = s.existing_id "
            + "where s.existing_id is null or s.existing_value <> s.value group by 1, 2, 3, 4");
  }

  /** Rolls {@link #TABLE} up into the totals, then drops it. */
  static List<String> rollUps() {
    return List.of(
        TotalsSql.rollUp(TABLE, TotalsTable.PROVINCE.table(), "province_code", "indicator_code"),
        TotalsSql.rollUp(
            TABLE, TotalsTable.MODEL.table(), "model_code", "province_code", "indicator_code"),
        "drop temporary table " + TABLE);
  }
}
