package vn.antq.registry.outcome;

import io.quarkus.logging.Log;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.imports.ImportReport;
import vn.antq.registry.security.Actor;

/**
 * Merges a spool of checked outcome values into the outcome table in set-based SQL: load into a
 * temporary stage and classify against the stored rows ({@link #stage}); then audit updates (with
 * their old values), update, insert ({@link #write}). Created values get no audit row each: they
 * keep the id of the import's provenance, which the audit API answers their creation from. Runs on
 * the import's connection, inside its transaction.
 */
final class OutcomeMerge {

  /** The audit JSON of an outcome, as GET /outcomes shows it (values without trailing zeros). */
  private static final String JSON =
      "json_object('id', %1$s, 'indicatorCode', s.indicator_code, 'period', s.period, "
          + "'value', json_extract(trim(trailing '.' from trim(trailing '0' from cast(%2$s as char))), '$'), 'unitType', s.unit_type, "
          + "'pointId', s.point_id, 'modelCode', s.model_code, 'communeCode', s.commune_code, 'provinceCode', s.province_code, "
          + "'legacyCode', s.legacy_code, 'version', %3$s)";

  /** The same JSON of a stored row (aliased {@code s}), as its audit rows show it. */
  static final String STORED_JSON = String.format(JSON, "s.id", "s.value", "s.version");

  private final Actor actor;

  OutcomeMerge(Actor actor) {
    this.actor = actor;
  }

  /** Loads the spool into the stage and counts what it would create, update and leave. */
  void stage(Connection connection, OutcomeSpool spool, ImportReport report) throws SQLException {
    execute(connection, "drop temporary table if exists outcome_stage");
    execute(
        connection,
        "create temporary table outcome_stage (indicator_code varchar(40) not null, period varchar(8) not null, "
            + "period_type varchar(8) not null, period_start date not null, period_end date not null, unit_type varchar(16) not null, "
            + "unit_key varchar(100) not null, point_id bigint null, model_code varchar(40) null, commune_code char(5) null, "
            + "province_code char(2) not null, value decimal(19,4) not null, legacy_code varchar(5) null, existing_id bigint null, existing_value decimal(19,4) null, "
            + "existing_version int null, primary key (indicator_code, period, unit_key)) engine=InnoDB");
    execute(
        connection,
        "load data local infile '"
            + spool.finish().toString().replace("\\", "/").replace("'", "")
            + "' into table outcome_stage "
            + "character set utf8mb4 (indicator_code, period, period_type, period_start, period_end, unit_type, unit_key, point_id, "
            + "model_code, commune_code, province_code, value, legacy_code)");
    execute(
        connection,
        "update outcome_stage s join outcome o on o.indicator_code = s.indicator_code and o.period = s.period "
            + "and o.unit_key = s.unit_key set s.existing_id = o.id, s.existing_value = o.value, s.existing_version = o.version");
    try (Statement sql = connection.createStatement();
        ResultSet counts =
            sql.executeQuery(
                "select sum(existing_id is null), sum(existing_id is not null and existing_value <> value), "
                    + "sum(existing_value = value) from outcome_stage")) {
      counts.next();
      report.created += counts.getLong(1);
      report.updated += counts.getLong(2);
      report.unchanged += counts.getLong(3);
    }
    // The stage stays for the import's checks, which drop it (OutcomeRepository.dropStage).
  }

  /**
   * Writes the classified stage: changed values with an audit row each (the value before), new
   * values marked with the import that created them, and the totals in set-based statements.
   */
  void write(Connection connection, long importId, long updated, long created) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    // Each statement scans the whole stage: those with nothing to do are left out.
    if (updated > 0) {
      execute(
          connection,
          AuditLog.insertSelected(
              "select ?, ?, ?, ?, 'outcome', s.existing_id, 'UPDATE', s.province_code, s.commune_code, "
                  + String.format(JSON, "s.existing_id", "s.existing_value", "s.existing_version")
                  + ", "
                  + String.format(JSON, "s.existing_id", "s.value", "s.existing_version + 1")
                  + ", ? from outcome_stage s where s.existing_id is not null and s.existing_value <> s.value"),
          now,
          actor.subject(),
          actor.username(),
          actor.clientId(),
          importId);
    }
    // The triggers would keep the totals row by row; the whole stage is applied in three set-based
    // statements instead (StagedTotals), in the same transaction.
    execute(connection, "set @outcome_totals_bulk = 1");
    try {
      if (updated > 0) {
        execute(
            connection,
            "update outcome o join outcome_stage s on o.id = s.existing_id set o.value = s.value, o.updated_at = ?, "
                + "o.version = o.version + 1 where s.existing_value <> s.value",
            now);
      }
      if (created > 0) {
        execute(
            connection,
            "insert into outcome (indicator_code, period, period_type, period_start, period_end, unit_type, unit_key, point_id, "
                + "model_code, commune_code, province_code, legacy_code, value, created_at, updated_at, created_by_import) select indicator_code, "
                + "period, period_type, period_start, period_end, unit_type, unit_key, point_id, model_code, commune_code, province_code, "
                + "legacy_code, value, ?, ?, ? from outcome_stage where existing_id is null",
            now,
            now,
            importId);
      }
      for (String statement : StagedTotals.statements()) {
        execute(connection, statement);
      }
    } finally {
      execute(connection, "set @outcome_totals_bulk = null");
    }
  }

  private static void execute(Connection connection, String statement, Object... parameters)
      throws SQLException {
    long started = System.nanoTime();
    try (PreparedStatement sql = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        sql.setObject(i + 1, parameters[i]);
      }
      int rows = sql.executeUpdate();
      Log.debugf(
          "import merge: %d rows in %d ms: %.60s",
          rows, (System.nanoTime() - started) / 1_000_000, statement);
    }
  }
}
