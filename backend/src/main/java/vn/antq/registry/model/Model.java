package vn.antq.registry.model;

import java.time.Instant;
import java.time.LocalDate;

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

/** A model (mô hình) of the movement: built somewhere, recognised, replicated to points. */
@Entity
@Table(name = "model")
public class Model extends PanacheEntityBase {

  @Id
  public String code;
  public String name;
  public String description;
  @Column(name = "category_code")
  public String categoryCode;
  @Column(name = "province_code")
  public String provinceCode;
  @Column(name = "commune_code")
  public String communeCode;
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
    searchText = Text.fold(name, code);
    if (searchText.length() > 700) {
      searchText = searchText.substring(0, 700);
    }
    updatedAt = Instant.now();
  }
}
