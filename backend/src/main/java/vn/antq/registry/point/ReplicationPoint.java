package vn.antq.registry.point;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.antq.registry.common.Text;
import vn.antq.registry.common.TrackedEntity;
import vn.antq.registry.model.ModelStatus;

/** A place where a model runs (điểm nhân rộng), with its teams and members. */
@Entity
@Table(name = "replication_point")
public class ReplicationPoint extends TrackedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String externalId;
  public String modelCode;
  public String communeCode;
  public String provinceCode;
  public String legacyCode;

  @Enumerated(EnumType.STRING)
  public PlaceType placeType;

  public String placeName;
  public LocalDate establishedOn;

  @Enumerated(EnumType.STRING)
  public ModelStatus status;

  public LocalDate statusSince;
  public int teamCount;
  public int memberCount;
  public int coreMemberCount;
  public String leaderName;
  public String leaderPhone;
  public BigDecimal latitude;
  public BigDecimal longitude;
  public String searchText;

  @Override
  protected void beforeSave() {
    searchText = Text.fold(placeName, externalId);
  }
}
