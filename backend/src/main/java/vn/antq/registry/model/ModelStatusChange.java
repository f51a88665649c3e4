package vn.antq.registry.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a model's status history; rows are only ever added. */
@Entity
@Table(name = "model_status_history")
public class ModelStatusChange extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "model_code")
  public String modelCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_status")
  public ModelStatus previousStatus;

  @Enumerated(EnumType.STRING)
  public ModelStatus status;

  public String reason;

  @Column(name = "effective_on")
  public LocalDate effectiveOn;

  @Column(name = "recorded_at")
  public Instant recordedAt;
}
