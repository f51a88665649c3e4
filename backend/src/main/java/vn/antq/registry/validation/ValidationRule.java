package vn.antq.registry.validation;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A plausibility rule over the figures of one unit and period: the sum of the left side's
 * indicators plus its constant, compared with the right side's (a DHIS2 validation rule).
 */
@Entity
@Table(name = "validation_rule")
public class ValidationRule extends PanacheEntityBase {

  @Id public String code;
  public String name;
  public String description;

  // Eager: every answer and every check needs them, and rules are few.
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "validation_rule_left", joinColumns = @JoinColumn(name = "rule_code"))
  @Column(name = "indicator_code")
  @OrderColumn(name = "list_index")
  public List<String> leftIndicatorCodes = new ArrayList<>();

  public BigDecimal leftConstant = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  public RuleOperator operator;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "validation_rule_right", joinColumns = @JoinColumn(name = "rule_code"))
  @Column(name = "indicator_code")
  @OrderColumn(name = "list_index")
  public List<String> rightIndicatorCodes = new ArrayList<>();

  public BigDecimal rightConstant = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  public RuleImportance importance;

  @Enumerated(EnumType.STRING)
  public MissingValues missingValues;

  @Version public int version;
}
