package vn.antq.registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
  public Instant occurredAt;
  public String subject;
  public String username;
  public String clientId;
  public String entity;
  public String entityKey;

  @Enumerated(EnumType.STRING)
  public AuditAction action;

  public String provinceCode;
  public String communeCode;
  public String beforeValue;
  public String afterValue;

  /** The import that wrote this row (its changes, its summary row), or null. */
  public Long importId;
}
