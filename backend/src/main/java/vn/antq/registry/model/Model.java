package vn.antq.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.antq.registry.common.Text;
import vn.antq.registry.common.TrackedEntity;

/** A model (mô hình) of the movement: built somewhere, recognised, replicated to points. */
@Entity
@Table(name = "model")
public class Model extends TrackedEntity {

  @Id public String code;
  public String name;
  public String description;

  @Column(name = "category_code")
  public String categoryCode;

  @Column(name = "province_code")
  public String provinceCode;

  @Column(name = "commune_code")
  public String communeCode;

  @Column(name = "legacy_code")
  public String legacyCode;

  @Column(name = "lead_organisation")
  public String leadOrganisation;

  @Column(name = "started_on")
  public LocalDate startedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "recognition_level")
  public RecognitionLevel recognitionLevel;

  @Column(name = "recognized_on")
  public LocalDate recognizedOn;

  @Column(name = "recognition_decision")
  public String recognitionDecision;

  @Enumerated(EnumType.STRING)
  public ModelStatus status;

  @Column(name = "status_reason")
  public String statusReason;

  @Column(name = "status_since")
  public LocalDate statusSince;

  @Column(name = "search_text")
  public String searchText;

  @Override
  protected void beforeSave() {
    searchText = Text.fold(name, code);
    if (searchText.length() > 700) {
      searchText = searchText.substring(0, 700);
    }
  }
}
