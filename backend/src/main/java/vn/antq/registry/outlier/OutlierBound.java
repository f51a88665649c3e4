package vn.antq.registry.outlier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The plausible range of an indicator's values: outside it a value is an outlier. */
@Entity
@Table(name = "outlier_bound")
public class OutlierBound extends PanacheEntityBase {

  @Id public String indicatorCode;

  @Column(name = "min_value")
  public BigDecimal min;

  @Column(name = "max_value")
  public BigDecimal max;

  public String updatedBy;
  public Instant updatedAt;
}
