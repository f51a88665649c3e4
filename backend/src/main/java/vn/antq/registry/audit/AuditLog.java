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
          + "province_code, commune_code, before_value, after_value) ";

  /**
   * The SQL that audits, in one statement, the rows a bulk writer selects: its select yields, in
   * order, occurred_at, subject, username, client_id, entity, entity_key, action, province_code,
   * commune_code, before_value, after_value. The audit table stays this feature's.
   */
  public static String insertSelected(String select) {
    return COLUMNS + select;
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
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into audit_log (occurred_at, subject, username, client_id, "
                          + "entity, entity_key, action, province_code, commune_code, before_value, after_value) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (String[] row : rows) {
                  insert.setTimestamp(1, now);
                  insert.setString(2, actor.subject());
                  insert.setString(3, actor.username());
                  insert.setString(4, actor.clientId());
                  for (int i = 0; i < row.length; i++) {
                    insert.setString(5 + i, row[i]);
                  }
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
