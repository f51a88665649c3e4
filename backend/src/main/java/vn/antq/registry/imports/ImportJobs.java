package vn.antq.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.security.Actor;
import vn.antq.registry.security.CurrentActor;

/**
 * Background imports: one at a time (they are database-bound), each in its own transaction with its
 * submitter's rights; state and progress are written in separate short transactions so that GET
 * /imports/{id} sees them while the import runs.
 */
@ApplicationScoped
public class ImportJobs {

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "antq-import");
            thread.setDaemon(true);
            return thread;
          });

  @Inject ImportService imports;
  @Inject ImportJobRepository jobs;
  @Inject ObjectMapper json;

  /**
   * A restart cuts running imports short; their transaction never committed, so they wrote nothing.
   */
  @Transactional
  void onStart(@Observes StartupEvent event) {
    long failed =
        jobs.update(
            "state = ?1, error = ?2, finishedAt = ?3 where state in ?4",
            ImportJob.State.FAILED,
            "Dừng giữa chừng vì máy chủ khởi động lại; không có dòng nào được ghi, hãy gửi lại tệp (interrupted by a restart; nothing written)",
            Instant.now(),
            java.util.List.of(ImportJob.State.QUEUED, ImportJob.State.RUNNING));
    if (failed > 0) {
      Log.warnf("%d import job(s) cut short by the restart were marked FAILED", failed);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportJobDto queue(
      String kind, ImportService.Upload upload, boolean dryRun, ImportMode mode, Actor actor) {
    ImportJob job = new ImportJob();
    job.kind = kind;
    job.state = ImportJob.State.QUEUED;
    job.dryRun = dryRun;
    job.mode = mode.name().toLowerCase(java.util.Locale.ROOT);
    job.total = upload.estimatedRows();
    job.subject = actor.subject();
    job.username = actor.username();
    job.createdAt = Instant.now();
    jobs.persist(job);
    return ImportJobDto.from(job);
  }

  /** Hands a committed job to the worker. */
  public void start(
      long id,
      String kind,
      ImportService.Upload upload,
      boolean dryRun,
      ImportMode mode,
      Actor actor) {
    Supplier<ImportResult> work =
        () ->
            imports.run(kind, upload.ofJob(id), dryRun, mode, processed -> progress(id, processed));
    worker.execute(() -> run(id, upload, () -> CurrentActor.as(actor, work)));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ImportJob find(long id) {
    return jobs.findById(id);
  }

  /** Runs the import, records how it ended and deletes its upload. */
  private void run(long id, ImportService.Upload upload, Supplier<ImportResult> work) {
    try {
      started(id);
      ImportResult result = work.get();
      finished(id, ImportJob.State.DONE, json.writeValueAsString(result), null);
    } catch (ImportFormatException | ProblemException e) {
      finished(id, ImportJob.State.FAILED, null, e.getMessage());
    } catch (JsonProcessingException | RuntimeException e) {
      Log.error("Import job " + id + " failed", e);
      finished(
          id,
          ImportJob.State.FAILED,
          null,
          "Lỗi hệ thống khi nhập; không có dòng nào được ghi (internal error; nothing written)");
    } finally {
      try {
        Files.deleteIfExists(upload.file());
      } catch (java.io.IOException e) {
        Log.debugf("Could not delete %s", upload.file());
      }
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void started(long id) {
    jobs.update(
        "state = ?1, startedAt = ?2 where id = ?3", ImportJob.State.RUNNING, Instant.now(), id);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void progress(long id, long processed) {
    jobs.update("processed = ?1 where id = ?2", processed, id);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void finished(long id, ImportJob.State state, String result, String error) {
    ImportJob job = jobs.findById(id);
    job.state = state;
    job.result = result;
    job.error = error;
    job.finishedAt = Instant.now();
    if (result != null) {
      try {
        job.processed = json.readTree(result).path("rows").asLong(job.processed);
      } catch (JsonProcessingException e) {
        // the count stays as last reported
      }
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
