package vn.antq.registry.province;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import vn.antq.registry.common.Text;

/** One of the 34 provinces and cities since 2025-07-01; codes and names come from the migration. */
@Entity
@Table(name = "province")
public class Province extends PanacheEntityBase {

  @Id public String code;
  public String name;
  public String fullName;
  public String type;
  public Long population;
  public BigDecimal areaKm2;
  public String searchText;

  @Version public int version;

  public Instant updatedAt;

  @PrePersist
  @PreUpdate
  void touch() {
    searchText = Text.fold(name, fullName);
    updatedAt = Instant.now();
  }
}
