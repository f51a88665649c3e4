package vn.antq.registry.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import vn.antq.registry.security.Actor;
import vn.antq.registry.security.CurrentActor;

/**
 * Records changes in the caller's transaction, so a refused or failed change leaves no row and a
 * committed one always has its row. Batched plain inserts: a 10,000-value import adds its audit
 * rows in a few round trips.
 */
@ApplicationScoped
public class AuditLog {

  private static final String COLUMNS =
      "insert into audit_log (occurred_at, subject, username, client_id, entity, entity_key, action, "
          + "province_code, commune_code, before_value, after_value, import_id) ";

  /**
   * The SQL that audits, in one statement, the rows a bulk writer selects: its select yields, in
   * order, occurred_at, subject, username, client_id, entity, entity_key, action, province_code,
   * commune_code, before_value, after_value, import_id (the import writing them, or null). The
   * audit table stays this feature's.
   */
  public static String insertSelected(String select) {
    return COLUMNS + select;
  }

  /**
   * Records an import that is writing values, in the caller's transaction: its provenance row and
   * one audit row of entity {@code import} summarising it, so that a listing by time or user sees
   * the import even though its creations have no audit row each. Returns the import's id, which the
   * records it creates keep ({@link ImportedCreations}).
   */
  public long recordImport(ImportProvenance provenance) {
    Actor actor = current.get();
    Timestamp at = Timestamp.from(provenance.occurredAt());
    long[] id = new long[1];
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into import_provenance (kind, occurred_at, subject, username, client_id,"
                          + " file_sha256, file_name, job_id, row_count, created_count, updated_count,"
                          + " unchanged_count, rejected_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      java.sql.Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, provenance.kind());
                insert.setTimestamp(2, at);
                insert.setString(3, actor.subject());
                insert.setString(4, actor.username());
                insert.setString(5, actor.clientId());
                insert.setString(6, provenance.fileSha256());
                insert.setString(7, provenance.fileName());
                insert.setObject(8, provenance.jobId());
                insert.setLong(9, provenance.rows());
                insert.setLong(10, provenance.created());
                insert.setLong(11, provenance.updated());
                insert.setLong(12, provenance.unchanged());
                insert.setLong(13, provenance.rejected());
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                  keys.next();
                  id[0] = keys.getLong(1);
                }
              }
            });
    ImportProvenance recorded = provenance.recorded(id[0], actor);
    insert(
        at,
        actor,
        java.util.Collections.singletonList(
            new String[] {
              "import",
              Long.toString(id[0]),
              AuditAction.CREATE.name(),
              provenance.provinceCode(),
              null,
              null,
              write(recorded.summary())
            }),
        id[0]);
    return id[0];
  }

  /**
   * Corrects the counts and province of an import recorded by {@link #recordImport}, when its
   * writing found otherwise than its classification (a value stored by someone else meanwhile): on
   * its provenance row and its summary audit row.
   */
  public void recountImport(long importId, ImportProvenance counts) {
    ImportProvenance recorded = counts.recorded(importId, current.get());
    String summary = write(recorded.summary());
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement provenance =
                      connection.prepareStatement(
                          "update import_provenance set created_count = ?, updated_count = ?,"
                              + " unchanged_count = ? where id = ?");
                  PreparedStatement entry =
                      connection.prepareStatement(
                          "update audit_log set after_value = ?, province_code = ? where"
                              + " entity = 'import' and entity_key = ? and import_id = ?")) {
                provenance.setLong(1, counts.created());
                provenance.setLong(2, counts.updated());
                provenance.setLong(3, counts.unchanged());
                provenance.setLong(4, importId);
                provenance.executeUpdate();
                entry.setString(1, summary);
                entry.setString(2, counts.provinceCode());
                entry.setString(3, Long.toString(importId));
                entry.setLong(4, importId);
                entry.executeUpdate();
              }
            });
  }

  /**
   * Stores the CREATE entry a record created by an import answers from its provenance, before the
   * record goes: once deleted, the record no longer says which import created it.
   */
  public void keepImportedCreation(String entity, String key) {
    trail.importedCreation(entity, key).ifPresent(this::insertEntry);
  }

  private void insertEntry(AuditDto entry) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      COLUMNS + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(entry.occurredAt()));
                insert.setString(2, entry.subject());
                insert.setString(3, entry.username());
                insert.setString(4, entry.clientId());
                insert.setString(5, entry.entity());
                insert.setString(6, entry.key());
                insert.setString(7, entry.action().name());
                insert.setString(8, entry.provinceCode());
                insert.setString(9, entry.communeCode());
                insert.setString(10, entry.before());
                insert.setString(11, entry.after());
                insert.setObject(12, entry.importId());
                insert.executeUpdate();
              }
            });
  }

  /** A change to record; before/after are the API representations (null for create/delete). */
  public record Change(
      String entity,
      String key,
      AuditAction action,
      Object before,
      Object after,
      String provinceCode,
      String communeCode) {}

  @Inject EntityManager em;
  @Inject CurrentActor current;
  @Inject ObjectMapper json;
  @Inject AuditTrail trail;

  public void record(
      String entity,
      Object key,
      AuditAction action,
      Object before,
      Object after,
      String provinceCode,
      String communeCode) {
    recordAll(
        List.of(
            new Change(
                entity, String.valueOf(key), action, before, after, provinceCode, communeCode)));
  }

  public void recordAll(List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Actor actor = current.get();
    Timestamp now = Timestamp.from(Instant.now());
    List<String[]> rows = new ArrayList<>(changes.size());
    for (Change change : changes) {
      rows.add(
          new String[] {
            change.entity(),
            change.key(),
            change.action().name(),
            change.provinceCode(),
            change.communeCode(),
            write(change.before()),
            write(change.after())
          });
    }
    insert(now, actor, rows, null);
  }

  private void insert(Timestamp now, Actor actor, List<String[]> rows, Long importId) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      COLUMNS + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (String[] row : rows) {
                  insert.setTimestamp(1, now);
                  insert.setString(2, actor.subject());
                  insert.setString(3, actor.username());
                  insert.setString(4, actor.clientId());
                  for (int i = 0; i < row.length; i++) {
                    insert.setString(5 + i, row[i]);
                  }
                  insert.setObject(12, importId);
                  insert.addBatch();
                  if (++pending == 1000) {
                    insert.executeBatch();
                    pending = 0;
                  }
                }
                if (pending > 0) {
                  insert.executeBatch();
                }
              }
            });
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Cannot record " + value.getClass().getSimpleName() + " in the audit log", e);
    }
  }
}
