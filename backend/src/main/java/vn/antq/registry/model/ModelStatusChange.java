package vn.antq.registry.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.antq.registry.common.GeneratedIdEntity;

/** One step of a model's status history; rows are only ever added. */
@Entity
@Table(name = "model_status_history")
public class ModelStatusChange extends GeneratedIdEntity {

  public String modelCode;

  @Enumerated(EnumType.STRING)
  public ModelStatus previousStatus;

  @Enumerated(EnumType.STRING)
  public ModelStatus status;

  public String reason;
  public LocalDate effectiveOn;
  public Instant recordedAt;
}
