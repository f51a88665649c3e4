package vn.antq.registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every query on audit_log and import_provenance that reads (writes go through {@link AuditLog}).
 */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

  /** The imports with these ids. */
  public Map<Long, ImportProvenance> provenances(Collection<Long> ids) {
    Map<Long, ImportProvenance> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select id, kind, occurred_at, subject, username, client_id, file_sha256, file_name,"
                    + " job_id, row_count, created_count, updated_count, unchanged_count,"
                    + " rejected_count from import_provenance where id in (:ids)")
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] r : rows) {
      long id = ((Number) r[0]).longValue();
      result.put(
          id,
          new ImportProvenance(
              id,
              (String) r[1],
              instant(r[2]),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              r[8] == null ? null : ((Number) r[8]).longValue(),
              ((Number) r[9]).longValue(),
              ((Number) r[10]).longValue(),
              ((Number) r[11]).longValue(),
              ((Number) r[12]).longValue(),
              ((Number) r[13]).longValue(),
              null));
    }
    return result;
  }

  /**
   * A native TIMESTAMP as written with {@code setTimestamp} (the JVM's zone), whichever type the
   * driver hands back.
   */
  private static java.time.Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return Timestamp.valueOf(local).toInstant();
    }
    if (value instanceof java.time.OffsetDateTime offset) {
      return offset.toInstant();
    }
    return (java.time.Instant) value;
  }

  /** The summary row (entity {@code import}) of an import, or null. */
  AuditEntry importRow(long importId) {
    return find("entity = ?1 and entityKey = ?2", "import", Long.toString(importId)).firstResult();
  }

  /** A record's first audit row after {@code afterId}, or null. */
  AuditEntry firstAfter(String entity, String key, long afterId) {
    return find("entity = ?1 and entityKey = ?2 and id > ?3 order by id", entity, key, afterId)
        .firstResult();
  }
}
