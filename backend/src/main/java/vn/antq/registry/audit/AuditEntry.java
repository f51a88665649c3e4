package vn.antq.registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded change. Read-only for Hibernate: rows are written by AuditLog with plain SQL. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

  @Id public Long id;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  public String subject;
  public String username;

  @Column(name = "client_id")
  public String clientId;

  public String entity;

  @Column(name = "entity_key")
  public String entityKey;

  @Enumerated(EnumType.STRING)
  public AuditAction action;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "before_value")
  public String beforeValue;

  @Column(name = "after_value")
  public String afterValue;
}
