package vn.antq.registry.category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A field (lĩnh vực) that models belong to: residential, schools, border and sea, ... */
@Entity
@Table(name = "model_category")
public class ModelCategory extends PanacheEntityBase {

  @Id public String code;
  public String name;
  public String description;
  public int sortOrder;

  @Version public int version;
}
