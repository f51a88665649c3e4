package vn.antq.registry.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A registry row users edit: its version is the ETag, and it knows when it was created and changed.
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

  @Version public int version;

  @Column(updatable = false)
  public Instant createdAt;

  public Instant updatedAt;

  @PrePersist
  void created() {
    createdAt = Instant.now();
    updated();
  }

  @PreUpdate
  void updated() {
    updatedAt = Instant.now();
    beforeSave();
  }

  /** Derived columns (the folded search text) are refreshed here before every write. */
  protected abstract void beforeSave();
}
