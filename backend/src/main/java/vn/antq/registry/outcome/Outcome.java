package vn.antq.registry.outcome;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One outcome count: a value for (indicator, period, reporting unit). */
@Entity
@Table(name = "outcome")
public class Outcome extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "indicator_code")
  public String indicatorCode;

  public String period;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_type")
  public Period.Type periodType;

  @Column(name = "period_start")
  public LocalDate periodStart;

  @Column(name = "period_end")
  public LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_type")
  public UnitType unitType;

  @Column(name = "unit_key")
  public String unitKey;

  @Column(name = "point_id")
  public Long pointId;

  @Column(name = "model_code")
  public String modelCode;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "legacy_code")
  public String legacyCode;

  public BigDecimal value;
  @Version public int version;

  @Column(name = "created_at", updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
