package vn.antq.registry.commune;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import vn.antq.registry.common.Text;

@Entity
@Table(name = "commune")
public class Commune extends PanacheEntityBase {

  @Id
  public String code;
  public String name;
  @Column(name = "full_name")
  public String fullName;
  @Enumerated(EnumType.STRING)
  public CommuneType type;
  @Column(name = "province_code")
  public String provinceCode;
  public boolean border;
  public boolean hotspot;
  @Column(name = "ethnic_minority")
  public boolean ethnicMinority;
  @Column(name = "search_text")
  public String searchText;
  @Version
  public int version;
  @Column(name = "created_at", updatable = false)
  public Instant createdAt;
  @Column(name = "updated_at")
  public Instant updatedAt;

  @PrePersist
  void created() {
    createdAt = Instant.now();
    updated();
  }

  @PreUpdate
  void updated() {
    searchText = Text.fold(name, fullName, code);
    updatedAt = Instant.now();
  }
}
