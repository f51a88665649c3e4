package vn.antq.registry.imports;

import java.util.ArrayList;
import java.util.List;
import vn.antq.registry.audit.ImportProvenance;

/** Counts an import as it goes; lists the first 1,000 conflicts and counts the rest. */
public final class ImportReport {

  static final int MAX_LISTED = 1000;

  final long started = System.nanoTime();
  public final boolean dryRun;
  public final ImportMode mode;
  public long rows;
  public long created;
  public long updated;
  public long unchanged;
  public long rejected;
  private final List<ImportConflict> conflicts = new ArrayList<>();
  private long omitted;
  private final List<ImportWarning> warnings = new ArrayList<>();
  private long warningsOmitted;

  private final java.util.function.LongConsumer progress;

  /** The file being imported, as its provenance records it. */
  public record Source(String kind, String fileSha256, String fileName, Long jobId) {}

  public final Source source;

  /** The provenance recorded once the import began writing (null before, and for dry runs). */
  public Long importId;

  ImportReport(boolean dryRun, ImportMode mode, java.util.function.LongConsumer progress) {
    this(dryRun, mode, progress, new Source(null, null, null, null));
  }

  ImportReport(
      boolean dryRun, ImportMode mode, java.util.function.LongConsumer progress, Source source) {
    this.dryRun = dryRun;
    this.mode = mode;
    this.progress = progress;
    this.source = source;
  }

  /**
   * This import as its provenance records it, with the counts so far (an importer records it once
   * every row is read and classified, before writing).
   *
   * @param provinceCode the one province of every written value, or null
   */
  public ImportProvenance provenance(String provinceCode) {
    return new ImportProvenance(
        null,
        source.kind(),
        java.time.Instant.now(),
        null,
        null,
        null,
        source.fileSha256(),
        source.fileName(),
        source.jobId(),
        rows,
        created,
        updated,
        unchanged,
        rejected,
        provinceCode);
  }

  /** Importers call this between chunks: a background job shows how far it got. */
  public void progress() {
    progress.accept(rows);
  }

  /** A row refused for one reason: counted as rejected and listed. */
  public void reject(long row, String column, String value, String message) {
    rejected++;
    conflict(row, column, value, message);
  }

  public void conflict(long row, String column, String value, String message) {
    if (conflicts.size() < MAX_LISTED) {
      conflicts.add(new ImportConflict(row, column, value, message));
    } else {
      omitted++;
    }
  }

  /**
   * A row that is written but deserves a look (a validation rule it breaks): listed like the
   * conflicts, the first 1,000, and counted.
   */
  public void warn(
      long row, String column, String value, String message, String ruleCode, String importance) {
    if (warnings.size() < MAX_LISTED) {
      warnings.add(new ImportWarning(row, column, value, message, ruleCode, importance));
    } else {
      warningsOmitted++;
    }
  }

  /** Every warning so far, listed or not. */
  public long warningCount() {
    return warnings.size() + warningsOmitted;
  }

  /** Every conflict so far, listed or not. */
  public long conflictCount() {
    return conflicts.size() + omitted;
  }

  /** Nothing was written: atomic mode with a bad row. The counts say what would have happened. */
  public boolean failedAtomically() {
    return mode == ImportMode.ATOMIC && rejected > 0;
  }

  ImportResult result() {
    String status = rejected == 0 ? "SUCCESS" : mode == ImportMode.PARTIAL ? "WARNING" : "ERROR";
    boolean nothingWritten = failedAtomically() && !dryRun;
    conflicts.sort(java.util.Comparator.comparingLong(ImportConflict::row));
    return new ImportResult(
        status,
        dryRun,
        mode.name().toLowerCase(java.util.Locale.ROOT),
        rows,
        nothingWritten ? 0 : created,
        nothingWritten ? 0 : updated,
        nothingWritten ? 0 : unchanged,
        rejected,
        List.copyOf(conflicts),
        omitted,
        (System.nanoTime() - started) / 1_000_000,
        warnings.stream().sorted(java.util.Comparator.comparingLong(ImportWarning::row)).toList(),
        warningCount(),
        dryRun || nothingWritten ? null : importId);
  }
}
