package vn.antq.registry.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's report for one obligation and period, once someone has acted on it. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String obligationCode;
  public String period;
  public LocalDate periodStart;
  public LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  public ReporterLevel unitType;

  /** The point id, commune code or province code, as in the API's paths. */
  public String unit;

  public Long pointId;
  public String communeCode;
  public String provinceCode;

  @Enumerated(EnumType.STRING)
  public ReportWorkflow workflow;

  public Instant firstSubmittedAt;
  public String submittedBy;
  public Instant submittedAt;
  public String submitComment;
  public String approvedBy;
  public Instant approvedAt;
  public String reopenedBy;
  public Instant reopenedAt;
  public String reopenReason;

  @Version public int version;
}
