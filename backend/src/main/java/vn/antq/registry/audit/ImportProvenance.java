package vn.antq.registry.audit;

import java.time.Instant;

/**
 * One import that wrote values, as import_provenance keeps it: who sent it, when, which file and
 * what it did. Values an import creates point to it instead of getting an audit row each.
 *
 * @param provinceCode the one province every written value belongs to, else null (national)
 */
public record ImportProvenance(
    Long id,
    String kind,
    Instant occurredAt,
    String subject,
    String username,
    String clientId,
    String fileSha256,
    String fileName,
    Long jobId,
    long rows,
    long created,
    long updated,
    long unchanged,
    long rejected,
    String provinceCode) {

  /** This import as recorded: under its id, by this actor. */
  ImportProvenance recorded(long recordedId, vn.antq.registry.security.Actor actor) {
    return new ImportProvenance(
        recordedId,
        kind,
        occurredAt,
        actor.subject(),
        actor.username(),
        actor.clientId(),
        fileSha256,
        fileName,
        jobId,
        rows,
        created,
        updated,
        unchanged,
        rejected,
        provinceCode);
  }

  /** The summary the audit row of entity {@code import} holds. */
  java.util.Map<String, Object> summary() {
    java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>();
    summary.put("id", id);
    summary.put("kind", kind);
    summary.put("fileSha256", fileSha256);
    summary.put("fileName", fileName);
    summary.put("jobId", jobId);
    summary.put("rows", rows);
    summary.put("created", created);
    summary.put("updated", updated);
    summary.put("unchanged", unchanged);
    summary.put("rejected", rejected);
    return summary;
  }
}
