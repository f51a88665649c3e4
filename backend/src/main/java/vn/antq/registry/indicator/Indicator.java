package vn.antq.registry.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What an outcome counts (tips received, cases solved, kg of firecrackers, ...) and in which unit.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

  @Id public String code;
  public String name;
  public String unit;
  public boolean fractional;
  public String description;
  public int sortOrder;

  @Version public int version;
}
