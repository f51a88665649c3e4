package vn.antq.registry.outlier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A value an officer marked for follow-up. Keyed by the value: one mark at a time, cleared and
 * marked again when needed. Province and commune are the value's, for scoped lists and the audit.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

  @Id public Long outcomeId;
  public String comment;
  public String markedBy;
  public Instant markedAt;
  public String provinceCode;
  public String communeCode;
}
