package vn.antq.registry.commune;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.antq.registry.common.Text;
import vn.antq.registry.common.TrackedEntity;

@Entity
@Table(name = "commune")
public class Commune extends TrackedEntity {

  @Id public String code;
  public String name;
  public String fullName;

  @Enumerated(EnumType.STRING)
  public CommuneType type;

  public String provinceCode;
  public boolean border;
  public boolean hotspot;
  public boolean ethnicMinority;
  public String searchText;

  @Override
  protected void beforeSave() {
    searchText = Text.fold(name, fullName, code);
  }
}
