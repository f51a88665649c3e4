package vn.antq.registry.outcome;

import io.quarkus.logging.Log;
import java.nio.file.Path;
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
 * Merges a spool of checked outcome values into the outcome table in set-based SQL. Values the
 * import found unstored are loaded straight into outcome; the others are loaded into a temporary
 * stage and classified against the stored rows ({@link #stage}), then audited (with their old
 * values), updated or inserted ({@link #write}). Created values get no audit row each: they keep
 * the id of the import's provenance, which the audit API answers their creation from. Runs on the
 * import's connection, inside its transaction.
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

  private static final int DUPLICATE_KEY = 1062;

  private static final String COLUMNS =
      "(indicator_code, period, period_type, period_start, period_end, unit_type, unit_key, point_id, "
          + "model_code, commune_code, province_code, value, legacy_code)";

  /**
   * Loads the spool's stage file into the stage and counts what it would create, update and leave;
   * the spool's created file counts as created.
   */
  void stage(Connection connection, OutcomeSpool spool, ImportReport report) throws SQLException {
    execute(connection, "drop temporary table if exists outcome_stage");
    execute(
        connection,
        "create temporary table outcome_stage (indicator_code varchar(40) not null, period varchar(8) not null, "
            + "period_type varchar(8) not null, period_start date not null, period_end date not null, unit_type varchar(16) not null, "
            + "unit_key varchar(100) not null, point_id bigint null, model_code varchar(40) null, commune_code char(5) null, "
            + "province_code char(2) not null, value decimal(19,4) not null, legacy_code varchar(5) null, existing_id bigint null, existing_value decimal(19,4) null, "
            + "existing_version int null, primary key (indicator_code, period, unit_key)) engine=InnoDB");
    if (spool.count() > spool.createdCount()) {
      loadInto(connection, spool.finish(), "outcome_stage", "");
      classify(connection);
    }
    count(connection, report);
    report.created += spool.createdCount();
    // The stage stays for the import's checks, which drop it (OutcomeRepository.dropStage).
  }

  /**
   * Writes the import: the created file straight into outcome, marked with the import; then the
   * stage: changed values with an audit row each (the value before), new values likewise marked;
   * and the totals of both in set-based statements.
   *
   * @return whether the counts changed: a value of the created file was stored by someone else
   *     since the import looked, so that file went through the stage instead
   */
  boolean write(Connection connection, long importId, OutcomeSpool spool, ImportReport report)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    // The triggers would keep the totals row by row; the whole import is applied in three
    // set-based statements instead (StagedTotals), in the same transaction.
    execute(connection, "set @outcome_totals_bulk = 1");
    try {
      boolean recounted = false;
      long createdLoaded = 0;
      if (spool.createdCount() > 0) {
        createdLoaded = loadCreated(connection, spool, now, importId);
        if (createdLoaded == 0) {
          // Classified like the rest now: what was stored meanwhile becomes an update.
          loadInto(connection, spool.created(), "outcome_stage", "");
          classify(connection);
          report.created = 0;
          report.updated = 0;
          report.unchanged = 0;
          count(connection, report);
          recounted = true;
        }
      }
      // Each statement scans the whole stage: those with nothing to do are left out.
      if (report.updated > 0) {
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
        execute(
            connection,
            "update outcome o join outcome_stage s on o.id = s.existing_id set o.value = s.value, o.updated_at = ?, "
                + "o.version = o.version + 1 where s.existing_value <> s.value",
            now);
      }
      if (report.created > createdLoaded) {
        execute(
            connection,
            "insert into outcome (indicator_code, period, period_type, period_start, period_end, unit_type, unit_key, "
                + "point_id, model_code, commune_code, province_code, value, legacy_code, created_at, updated_at, created_by_import)"
                + " select indicator_code, period, period_type, period_start, period_end, unit_type, unit_key, point_id, "
                + "model_code, commune_code, province_code, value, legacy_code, ?, ?, ? from outcome_stage where existing_id is null",
            now,
            now,
            importId);
      }
      for (String statement : StagedTotals.collect()) {
        execute(connection, statement);
      }
      if (createdLoaded > 0) {
        spool.createdTotals().insertInto(connection, StagedTotals.TABLE);
      }
      for (String statement : StagedTotals.rollUps()) {
        execute(connection, statement);
      }
      return recounted;
    } finally {
      execute(connection, "set @outcome_totals_bulk = null");
    }
  }

  /**
   * The created file into outcome, all or nothing. A key taken meanwhile (another writer stored one
   * of these values since the import looked) fails the load or, as LOAD DATA LOCAL may skip such a
   * row rather than stop the client's upload midway, shortens its count: either way the load is
   * undone.
   *
   * @return the rows loaded, or 0 when undone
   */
  private static long loadCreated(
      Connection connection, OutcomeSpool spool, Timestamp now, long importId) throws SQLException {
    execute(connection, "savepoint before_created");
    long loaded;
    try {
      loaded =
          loadInto(
              connection,
              spool.created(),
              "outcome",
              " set created_at = ?, updated_at = ?, created_by_import = ?",
              now,
              now,
              importId);
    } catch (SQLException e) {
      if (e.getErrorCode() != DUPLICATE_KEY) {
        throw e;
      }
      loaded = -1;
    }
    if (loaded == spool.createdCount()) {
      execute(connection, "release savepoint before_created");
      return loaded;
    }
    Log.infof(
        "import: %s of %d new values stored meanwhile; merging them instead",
        loaded < 0 ? "some" : Long.toString(spool.createdCount() - loaded), spool.createdCount());
    execute(connection, "rollback to savepoint before_created");
    return 0;
  }

  private static long loadInto(
      Connection connection, Path file, String table, String set, Object... parameters)
      throws SQLException {
    return execute(
        connection,
        "load data local infile '"
            + file.toString().replace("\\", "/").replace("'", "")
            + "' into table "
            + table
            + " character set utf8mb4 "
            + COLUMNS
            + set,
        parameters);
  }

  /** Marks the stage's rows not yet matched with the stored row of their key, if any. */
  private static void classify(Connection connection) throws SQLException {
    execute(
        connection,
        "update outcome_stage s join outcome o on o.indicator_code = s.indicator_code and o.period = s.period "
            + "and o.unit_key = s.unit_key set s.existing_id = o.id, s.existing_value = o.value, s.existing_version = o.version "
            + "where s.existing_id is null");
  }

  private static void count(Connection connection, ImportReport report) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet counts =
            sql.executeQuery(
                "select coalesce(sum(existing_id is null), 0), coalesce(sum(existing_id is not null and existing_value <> value), 0), "
                    + "coalesce(sum(existing_value = value), 0) from outcome_stage")) {
      counts.next();
      report.created += counts.getLong(1);
      report.updated += counts.getLong(2);
      report.unchanged += counts.getLong(3);
    }
  }

  private static long execute(Connection connection, String statement, Object... parameters)
      throws SQLException {
    long started = System.nanoTime();
    try (PreparedStatement sql = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        sql.setObject(i + 1, parameters[i]);
      }
      long rows = sql.executeLargeUpdate();
      Log.debugf(
          "import merge: %d rows in %d ms: %.60s",
          rows, (System.nanoTime() - started) / 1_000_000, statement);
      return rows;
    }
  }
}
