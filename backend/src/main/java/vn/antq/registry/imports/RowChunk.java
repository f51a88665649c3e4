package vn.antq.registry.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows gathered for one batch of checks: full at a number of rows, or sooner at a number of
 * characters, so that a file of rows at the length limit holds no more memory than a file of short
 * ones.
 */
public final class RowChunk {

  private final List<Row> rows;
  private final int maxRows;
  private final long maxChars;
  private long chars;

  /** A chunk of at most {@code maxRows} rows, full sooner at {@code maxChars} characters. */
  public RowChunk(int maxRows, long maxChars) {
    this.rows = new ArrayList<>(maxRows);
    this.maxRows = maxRows;
    this.maxChars = maxChars;
  }

  /**
   * Reads every row, counting it in the report, and hands the rows to {@code process} a chunk at a
   * time; the report's progress moves after each full chunk. True when a last, partial chunk was
   * processed after the last move.
   */
  public static boolean feed(
      RowSource rows,
      int maxRows,
      long maxChars,
      ImportReport report,
      Consumer<List<Row>> process) {
    RowChunk chunk = new RowChunk(maxRows, maxChars);
    while (rows.hasNext()) {
      report.rows++;
      if (chunk.add(rows.next())) {
        process.accept(chunk.rows());
        chunk.clear();
        report.progress();
      }
    }
    if (chunk.isEmpty()) {
      return false;
    }
    process.accept(chunk.rows());
    return true;
  }

  /** Adds a row; true when the chunk is full and should be processed. */
  public boolean add(Row row) {
    rows.add(row);
    chars += row.chars();
    return rows.size() >= maxRows || chars >= maxChars;
  }

  public List<Row> rows() {
    return rows;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public void clear() {
    rows.clear();
    chars = 0;
  }
}
