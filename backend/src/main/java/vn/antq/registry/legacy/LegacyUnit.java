package vn.antq.registry.legacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province, district or commune as it was before 2025-07-01. Written by imports only. */
@Entity
@Table(name = "legacy_unit")
public class LegacyUnit extends PanacheEntityBase {

  @Id public String code;
  public String level;
  public String name;
  public String fullName;
  public String parentCode;
  public String provinceCode;
  public String searchText;
}
