package vn.antq.registry.imports;

/** The file itself cannot be read (encoding, quoting, column count, structure): nothing is imported. */
public class ImportFormatException extends RuntimeException {

  public final long row;
  public final String column;

  public ImportFormatException(String message) {
    this(message, 0, null);
  }

  public ImportFormatException(String message, long row, String column) {
    super(message, null, false, false);
    this.row = row;
    this.column = column;
  }
}
