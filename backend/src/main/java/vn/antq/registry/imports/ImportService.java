package vn.antq.registry.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.WorkFiles;

/**
 * Runs an import in one transaction: a dry run, or an atomic import with a bad row, is rolled back
 * whole, so a file is never half in the database. The upload is first copied to a temporary file,
 * so a slow client never holds a transaction open and large files can go to the background.
 */
@ApplicationScoped
public class ImportService {

  /**
   * An uploaded file waiting to be imported, with its line count (a cheap estimate of its rows).
   */
  public record Upload(
      Path file, String contentType, long lines, String sha256, String fileName, Long jobId) {

    public Upload(Path file, String contentType, long lines) {
      this(file, contentType, lines, null, null, null);
    }

    public long estimatedRows() {
      return Math.max(0, lines - 1);
    }

    /** The same upload, named as the form sent it. */
    public Upload named(String name) {
      return new Upload(file, contentType, lines, sha256, name, jobId);
    }

    /** The same upload, run by this background job. */
    public Upload ofJob(long id) {
      return new Upload(file, contentType, lines, sha256, fileName, id);
    }
  }

  /** Every feature's importer, in load order (highest {@code @Priority} first). */
  @Inject @All List<Importer> importers;

  @Inject ObjectMapper json;
  @Inject TransactionManager transactions;
  @Inject WorkFiles work;
  @Inject ImportLimits limits;
  @Inject AuditLog audit;
  private volatile JsonFactory limitedJson;
  private volatile Map<String, Importer> byKind;

  public void requireKind(String kind) {
    importer(kind);
  }

  public Upload spool(InputStream body, String contentType) throws IOException {
    Path file = work.create("upload", ".bin");
    long lines = 0;
    byte last = '\n';
    byte[] buffer = new byte[1 << 16];
    // The hash of the stored file, computed as it is written: the import's provenance names it.
    MessageDigest sha256 = sha256();
    try (InputStream in = new BufferedInputStream(body);
        OutputStream out = Files.newOutputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        out.write(buffer, 0, n);
        sha256.update(buffer, 0, n);
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        last = buffer[n - 1];
      }
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new Upload(
        file,
        contentType,
        last == '\n' ? lines : lines + 1,
        HexFormat.of().formatHex(sha256.digest()),
        null,
        null);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * One transaction for the whole file, however long it takes (the default 60 s would cut a large
   * import short).
   */
  @Transactional
  @TransactionConfiguration(timeout = 3600)
  public ImportResult run(
      String kind, Upload upload, boolean dryRun, ImportMode mode, LongConsumer progress) {
    Importer importer = importer(kind);
    ImportReport report =
        new ImportReport(
            dryRun,
            mode,
            progress,
            new ImportReport.Source(kind, upload.sha256(), upload.fileName(), upload.jobId()));
    try (InputStream body = Files.newInputStream(upload.file());
        RowSource rows =
            RowSources.open(
                upload.contentType(),
                upload.file(),
                body,
                importer.columns(),
                limitedJson(),
                limits)) {
      importer.run(rows, report);
      // Importers that audit each record still get the import's summary in the log.
      if (Importer.writes(report)
          && report.importId == null
          && report.created + report.updated > 0) {
        report.importId = audit.recordImport(report.provenance(null));
      }
    } catch (IOException e) {
      throw new ImportFormatException(
          "Không đọc được tệp đã tải lên (unreadable upload): " + Excerpt.of(e.getMessage()));
    }
    if (report.rows == 0) {
      throw new ImportFormatException(
          "Tệp không có dòng dữ liệu nào (chỉ có tiêu đề) (no data rows)");
    }
    if (dryRun || report.failedAtomically()) {
      try {
        transactions.setRollbackOnly();
      } catch (jakarta.transaction.SystemException e) {
        throw new IllegalStateException(e);
      }
    }
    return report.result();
  }

  /**
   * The application's JSON factory with the import's string limits: built once, it is reused for
   * every upload.
   */
  private JsonFactory limitedJson() {
    JsonFactory factory = limitedJson;
    if (factory == null) {
      factory = JsonRows.factory(json.getFactory(), limits);
      limitedJson = factory;
    }
    return factory;
  }

  private Importer importer(String kind) {
    Map<String, Importer> known = byKind();
    Importer importer = known.get(kind);
    if (importer == null) {
      throw ProblemException.notFound(
          "loại dữ liệu nhập", kind + " (" + String.join(", ", known.keySet()) + ")");
    }
    return importer;
  }

  /**
   * The importers by kind, in load order; two importers claiming one kind is a wiring mistake,
   * refused at first use.
   */
  Map<String, Importer> byKind() {
    Map<String, Importer> known = byKind;
    if (known == null) {
      known = new LinkedHashMap<>();
      for (Importer importer : importers) {
        Importer previous = known.putIfAbsent(importer.kind(), importer);
        if (previous != null) {
          throw new IllegalStateException(
              "Two importers claim the kind '"
                  + importer.kind()
                  + "': "
                  + previous.getClass()
                  + ", "
                  + importer.getClass());
        }
      }
      byKind = known;
    }
    return known;
  }
}
