package vn.antq.registry.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A background import: its state, progress and, once done, its result. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "ImportJobState",
      description = "Trạng thái một lần nhập chạy nền")
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String kind;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  public State state;

  @Column(name = "dry_run")
  public boolean dryRun;

  public String mode;
  public Long total;
  public long processed;
  public String result;
  public String error;
  public String subject;
  public String username;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;
}
