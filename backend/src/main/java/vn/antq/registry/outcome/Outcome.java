package vn.antq.registry.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.antq.registry.common.GeneratedIdEntity;

/** One outcome count: a value for (indicator, period, reporting unit). */
@Entity
@Table(name = "outcome")
public class Outcome extends GeneratedIdEntity {

  public String indicatorCode;
  public String period;

  @Enumerated(EnumType.STRING)
  public Period.Type periodType;

  public LocalDate periodStart;
  public LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  public UnitType unitType;

  public String unitKey;
  public Long pointId;
  public String modelCode;
  public String communeCode;
  public String provinceCode;
  public String legacyCode;
  public BigDecimal value;
  @Version public int version;

  @Column(updatable = false)
  public Instant createdAt;

  public Instant updatedAt;

  /**
   * The import that created this value (import_provenance), which then wrote no audit row of its
   * own for it; null for values created otherwise.
   */
  @Column(updatable = false)
  public Long createdByImport;
}
