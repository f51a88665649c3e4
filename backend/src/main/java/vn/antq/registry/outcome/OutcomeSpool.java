package vn.antq.registry.outcome;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.antq.registry.common.WorkFiles;
import vn.antq.registry.imports.KeyTracker;

/** Valid rows waiting to be loaded, as a tab-separated file in LOAD DATA's default format. */
final class OutcomeSpool implements AutoCloseable {

  private final Path file;
  private final BufferedWriter out;
  // The (unit, period) pairs spooled, each once, in the order first seen: the list the import's
  // checks page through, known here without the database sorting every staged row for it.
  private final Path pairsFile;
  private final BufferedWriter pairsOut;
  private final KeyTracker pairs = new KeyTracker();
  private long count;
  private boolean closed;
  private String province;
  private boolean provinces;

  private OutcomeSpool(Path file, Path pairsFile) throws IOException {
    this.file = file;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.pairsFile = pairsFile;
    this.pairsOut = Files.newBufferedWriter(pairsFile, StandardCharsets.UTF_8);
  }

  static OutcomeSpool create(WorkFiles work) {
    try {
      return new OutcomeSpool(work.create("outcomes", ".tsv"), work.create("pairs", ".tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every field was checked against the registry's codes, so none contains a tab, newline or
   * backslash.
   */
  void add(ResolvedValue v) {
    try {
      out.write(v.indicatorCode());
      out.write('\t');
      out.write(v.period().id());
      out.write('\t');
      out.write(v.period().type().name());
      out.write('\t');
      out.write(v.period().start().toString());
      out.write('\t');
      out.write(v.period().end().toString());
      out.write('\t');
      out.write(v.unitType().name());
      out.write('\t');
      out.write(v.unitKey());
      out.write('\t');
      out.write(v.pointId() == null ? "\\N" : v.pointId().toString());
      out.write('\t');
      out.write(v.modelCode() == null ? "\\N" : v.modelCode());
      out.write('\t');
      out.write(v.communeCode() == null ? "\\N" : v.communeCode());
      out.write('\t');
      out.write(v.provinceCode());
      out.write('\t');
      out.write(v.value().toPlainString());
      out.write('\t');
      out.write(v.legacyCode() == null ? "\\N" : v.legacyCode());
      out.write('\n');
      count++;
      if (pairs.firstUse(v.unitKey() + '\t' + v.period().id(), count) == 0) {
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

  /** The finished list of (unit key, period) pairs, tab-separated, ready for LOAD DATA. */
  Path pairs() {
    finish();
    return pairsFile;
  }

  long count() {
    return count;
  }

  /** The one province of every spooled value, or null when there are several (or none). */
  String province() {
    return provinces ? null : province;
  }

  /** The finished file, ready for LOAD DATA. */
  Path finish() {
    try {
      if (!closed) {
        out.close();
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
      Files.deleteIfExists(pairsFile);
    } catch (IOException | UncheckedIOException e) {
      // a temp file left behind is removed with the temp directory
    }
  }
}
