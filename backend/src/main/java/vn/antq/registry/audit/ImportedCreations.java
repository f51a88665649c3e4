package vn.antq.registry.audit;

import java.util.Optional;

/**
 * A feature whose imports record their creations as the import's provenance (one row per import)
 * rather than one audit row per created record. Implemented by that feature (outcome), so audit
 * never depends on it: the audit API asks it which import created a record and what the record is
 * now, and answers the CREATE entry from that.
 */
public interface ImportedCreations {

  /** The audit entity these records are logged under ("outcome"). */
  String entity();

  /** The import that created the record with this audit key, and the record now; empty if none. */
  Optional<Created> created(String key);

  /**
   * @param current the record as its audit rows show it (the same JSON), as stored now
   */
  record Created(long importId, String current) {}
}
