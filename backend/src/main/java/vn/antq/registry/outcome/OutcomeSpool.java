package vn.antq.registry.outcome;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.antq.registry.common.WorkFiles;
import vn.antq.registry.imports.KeyTracker;

/**
 * Valid rows waiting to be loaded, as tab-separated files in LOAD DATA's default format: those that
 * may meet a stored value go to the stage file (classified against the table there); those the
 * import found unstored go to the created file, which is loaded straight into outcome, and whose
 * totals are summed here on the way.
 */
final class OutcomeSpool implements AutoCloseable {

  private final Path file;
  private final BufferedWriter out;
  private final Path createdFile;
  private final BufferedWriter createdOut;
  // The (unit, period) pairs spooled, each once, in the order first seen: the list the import's
  // checks page through, known here without the database sorting every staged row for it. The
  // tracker keeps each pair's first row of the file, which the checks' warnings name.
  private final Path pairsFile;
  private final BufferedWriter pairsOut;
  private final KeyTracker pairs = new KeyTracker();
  private final CreatedTotals createdTotals = new CreatedTotals();
  private final StringBuilder line = new StringBuilder(160);
  private final java.util.Map<String, String> periodColumns = new java.util.HashMap<>();
  private long count;
  private long created;
  private boolean closed;
  private String province;
  private boolean provinces;

  private OutcomeSpool(Path file, Path createdFile, Path pairsFile) throws IOException {
    this.file = file;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.createdFile = createdFile;
    this.createdOut = Files.newBufferedWriter(createdFile, StandardCharsets.UTF_8);
    this.pairsFile = pairsFile;
    this.pairsOut = Files.newBufferedWriter(pairsFile, StandardCharsets.UTF_8);
  }

  static OutcomeSpool create(WorkFiles work) {
    try {
      return new OutcomeSpool(
          work.create("outcomes", ".tsv"),
          work.create("created", ".tsv"),
          work.create("pairs", ".tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every field was checked against the registry's codes, so none contains a tab, newline or
   * backslash.
   *
   * @param unstored the import looked the value's key up and found nothing stored: it goes to the
   *     created file
   * @param row the value's row in the file
   */
  void add(ResolvedValue v, boolean unstored, long row) {
    try {
      line.setLength(0);
      line.append(v.indicatorCode()).append('\t').append(periodColumns(v.period())).append('\t');
      line.append(v.unitType().name()).append('\t').append(v.unitKey()).append('\t');
      line.append(v.pointId() == null ? "\\N" : v.pointId().toString()).append('\t');
      line.append(v.modelCode() == null ? "\\N" : v.modelCode()).append('\t');
      line.append(v.communeCode() == null ? "\\N" : v.communeCode()).append('\t');
      line.append(v.provinceCode()).append('\t').append(v.value().toPlainString()).append('\t');
      line.append(v.legacyCode() == null ? "\\N" : v.legacyCode()).append('\n');
      if (unstored) {
        createdOut.append(line);
        created++;
        createdTotals.add(v);
      } else {
        out.append(line);
      }
      count++;
      if (pairs.firstUse(pairKey(v.unitKey(), v.period().id()), row) == 0) {
        pairsOut.write(v.unitKey());
        pairsOut.write('\t');
        pairsOut.write(v.period().id());
        pairsOut.write('\n');
      }
      if (province == null) {
        province = v.provinceCode();
      } else if (!provinces && !province.equals(v.provinceCode())) {
        provinces = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's first row spooled for this unit and period (0: none). */
  long firstRowOf(String unitKey, String period) {
    return pairs.rowOf(pairKey(unitKey, period));
  }

  private static String pairKey(String unitKey, String period) {
    return unitKey + '\t' + period;
  }

  /** id, type, start and end of a period, as the files hold them (a file has a few periods). */
  private String periodColumns(Period period) {
    return periodColumns.computeIfAbsent(
        period.id(),
        id -> id + '\t' + period.type().name() + '\t' + period.start() + '\t' + period.end());
  }

  /** The finished list of (unit key, period) pairs, tab-separated, ready for LOAD DATA. */
  Path pairs() {
    finish();
    return pairsFile;
  }

  /** The finished file of values found unstored, ready for LOAD DATA into outcome. */
  Path created() {
    finish();
    return createdFile;
  }

  /** Rows spooled, in both files. */
  long count() {
    return count;
  }

  /** Rows in the created file. */
  long createdCount() {
    return created;
  }

  /** What the created file adds to the totals, per stored period and keys. */
  CreatedTotals createdTotals() {
    return createdTotals;
  }

  /** The one province of every spooled value, or null when there are several (or none). */
  String province() {
    return provinces ? null : province;
  }

  /** The finished stage file, ready for LOAD DATA. */
  Path finish() {
    try {
      if (!closed) {
        out.close();
        createdOut.close();
        pairsOut.close();
        closed = true;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      finish();
      Files.deleteIfExists(file);
      Files.deleteIfExists(createdFile);
      Files.deleteIfExists(pairsFile);
    } catch (IOException | UncheckedIOException e) {
      // a temp file left behind is removed with the temp directory
    }
  }
}
