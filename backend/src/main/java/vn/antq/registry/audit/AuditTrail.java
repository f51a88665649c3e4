package vn.antq.registry.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The audit entries that are not rows of their own: the CREATE of a record an import created,
 * answered from the import's provenance (who, when, which import and file) and the record's first
 * later audit row, whose {@code before} is the record as the import created it (or the record as it
 * is now when nothing changed it since).
 */
@ApplicationScoped
public class AuditTrail {

  @Inject @All List<ImportedCreations> sources;
  @Inject AuditRepository entries;
  @Inject ObjectMapper json;

  public Optional<AuditDto> importedCreation(String entity, String key) {
    if (entity == null || key == null) {
      return Optional.empty();
    }
    for (ImportedCreations source : sources) {
      if (source.entity().equals(entity)) {
        return source.created(key).flatMap(created -> entry(entity, key, created));
      }
    }
    return Optional.empty();
  }

  private Optional<AuditDto> entry(String entity, String key, ImportedCreations.Created created) {
    ImportProvenance provenance =
        entries.provenances(List.of(created.importId())).get(created.importId());
    if (provenance == null) {
      return Optional.empty();
    }
    // The summary row was written as the import began writing: its id places the creation among
    // the record's other rows when sorting by id, and only later rows can be changes of it.
    AuditEntry summary = entries.importRow(provenance.id());
    long summaryId = summary == null ? 0 : summary.id;
    AuditEntry first = entries.firstAfter(entity, key, summaryId);
    String after =
        first != null && first.beforeValue != null ? first.beforeValue : created.current();
    JsonNode record = read(after);
    return Optional.of(
        new AuditDto(
            summary == null ? null : summary.id,
            provenance.occurredAt(),
            provenance.subject(),
            provenance.username(),
            provenance.clientId(),
            entity,
            key,
            AuditAction.CREATE,
            text(record, "provinceCode"),
            text(record, "communeCode"),
            null,
            after,
            provenance.id(),
            provenance.fileSha256()));
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An audit row holds invalid JSON", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
