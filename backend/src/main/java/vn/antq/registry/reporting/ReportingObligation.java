package vn.antq.registry.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What must be reported, by whom, how often and by when (a DHIS2 data set, in effect). */
@Entity
@Table(name = "reporting_obligation")
public class ReportingObligation extends PanacheEntityBase {

  @Id public String code;
  public String name;

  // Eager: every answer shows them, and a list page is small.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "reporting_obligation_indicator",
      joinColumns = @JoinColumn(name = "obligation_code"))
  @Column(name = "indicator_code")
  @OrderColumn(name = "list_index")
  public List<String> indicatorCodes = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  public Frequency frequency;

  @Enumerated(EnumType.STRING)
  public ReporterLevel reporterLevel;

  @Enumerated(EnumType.STRING)
  public AppliesTo appliesTo;

  public String categoryCode;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "reporting_obligation_model",
      joinColumns = @JoinColumn(name = "obligation_code"))
  @Column(name = "model_code")
  @OrderColumn(name = "list_index")
  public List<String> modelCodes = new ArrayList<>();

  public int dueDaysAfterEnd;
  public LocalDate validFrom;
  public LocalDate validTo;

  @Version public int version;
}
