package vn.antq.registry.imports;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.antq.registry.common.GeneratedIdEntity;

/** A background import: its state, progress and, once done, its result. */
@Entity
@Table(name = "import_job")
public class ImportJob extends GeneratedIdEntity {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "ImportJobState",
      description = "Trạng thái một lần nhập chạy nền")
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  public String kind;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  public State state;

  public boolean dryRun;
  public String mode;
  public Long total;
  public long processed;
  public String result;
  public String error;
  public String subject;
  public String username;
  public Instant createdAt;
  public Instant startedAt;
  public Instant finishedAt;
}
