package vn.antq.registry.model;

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
  public String categoryCode;
  public String provinceCode;
  public String communeCode;
  public String legacyCode;
  public String leadOrganisation;
  public LocalDate startedOn;

  @Enumerated(EnumType.STRING)
  public RecognitionLevel recognitionLevel;

  public LocalDate recognizedOn;
  public String recognitionDecision;

  @Enumerated(EnumType.STRING)
  public ModelStatus status;

  public String statusReason;
  public LocalDate statusSince;
  public String searchText;

  @Override
  protected void beforeSave() {
    searchText = Text.fold(name, code);
    if (searchText.length() > 700) {
      searchText = searchText.substring(0, 700);
    }
  }
}
