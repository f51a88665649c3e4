package vn.antq.registry.point;

import jakarta.persistence.Column;
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

  @Column(name = "external_id")
  public String externalId;

  @Column(name = "model_code")
  public String modelCode;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "legacy_code")
  public String legacyCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "place_type")
  public PlaceType placeType;

  @Column(name = "place_name")
  public String placeName;

  @Column(name = "established_on")
  public LocalDate establishedOn;

  @Enumerated(EnumType.STRING)
  public ModelStatus status;

  @Column(name = "status_since")
  public LocalDate statusSince;

  @Column(name = "team_count")
  public int teamCount;

  @Column(name = "member_count")
  public int memberCount;

  @Column(name = "core_member_count")
  public int coreMemberCount;

  @Column(name = "leader_name")
  public String leaderName;

  @Column(name = "leader_phone")
  public String leaderPhone;

  public BigDecimal latitude;
  public BigDecimal longitude;

  @Column(name = "search_text")
  public String searchText;

  @Override
  protected void beforeSave() {
    searchText = Text.fold(placeName, externalId);
  }
}
