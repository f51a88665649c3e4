package vn.antq.registry.imports;

/**
 * The file itself cannot be read (encoding, quoting, column count, structure): nothing is imported.
 * 400 for a malformed file, 413 for one past the readers' limits ({@link ImportLimits}).
 */
public class ImportFormatException extends RuntimeException {

  public final long row;
  public final String column;
  public final int status;

  public ImportFormatException(String message) {
    this(message, 0, null);
  }

  public ImportFormatException(String message, long row, String column) {
    this(400, message, row, column);
  }

  private ImportFormatException(int status, String message, long row, String column) {
    super(message, null, false, false);
    this.row = row;
    this.column = column == null ? null : Excerpt.of(column);
    this.status = status;
  }

  /**
   * The file is past one of the limits: 413, naming the row (0 is the header) and column when
   * known.
   */
  public static ImportFormatException tooLarge(String message, long row, String column) {
    return new ImportFormatException(413, message, row, column);
  }

  /** A cell over the length limit, in the header (row 0) or a data row. */
  static ImportFormatException cellTooLong(long row, String column, int limit) {
    return lineTooLarge(
        row,
        column,
        column == null ? "" : ", cột " + Excerpt.of(column),
        ": một ô dài quá {} ký tự (cell longer than {} characters)",
        limit);
  }

  static ImportFormatException rowTooLong(long row, int limit) {
    return lineTooLarge(row, null, "", " dài quá {} ký tự (row longer than {} characters)", limit);
  }

  static ImportFormatException tooManyColumns(long row, int limit) {
    return lineTooLarge(row, null, "", ": quá {} cột (more than {} columns)", limit);
  }

  /** "Dòng N" (or the header), then {@code where}, then {@code what} with {} for the limit. */
  private static ImportFormatException lineTooLarge(
      long row, String column, String where, String what, int limit) {
    String line = row == 0 ? "Dòng tiêu đề" : "Dòng " + row;
    return tooLarge(line + where + what.replace("{}", Integer.toString(limit)), row, column);
  }

  static ImportFormatException tooManyRows(long limit) {
    return tooLarge(
        "Tệp có quá "
            + limit
            + " dòng dữ liệu; hãy chia thành nhiều tệp (more than "
            + limit
            + " rows)",
        limit + 1,
        null);
  }
}
