package vn.antq.registry.imports;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.antq.registry.common.FormulaText;

/**
 * CSV in UTF-8 (with or without BOM), comma- or semicolon-separated (Excel in a Vietnamese locale
 * writes semicolons). Strict: an unclosed quote, a wrong column count, a field or a line past the
 * {@link ImportLimits} stops the import with the row (and column) it happened in. Other encodings
 * are refused rather than guessed. The limits bound the parser's buffers, so a hostile file cannot
 * grow them.
 */
final class CsvRows implements RowSource {

  /** How much of the header line is looked at to choose the separator. */
  static final int SEPARATOR_WINDOW = 1 << 16;

  private static final Pattern FIELD_INDEX = Pattern.compile("Field at index (\\d+)");

  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final ImportLimits limits;
  private List<String> columns = List.of();
  private boolean headerRead;
  private long number;

  CsvRows(InputStream body, Columns accepted, ImportLimits limits) {
    this.limits = limits;
    BufferedReader text =
        new BufferedReader(
            new InputStreamReader(
                body,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    char separator = separator(text);
    int cell = limits.cellChars();
    int record = Math.max(cell, limits.rowChars());
    reader =
        CsvReader.builder()
            .fieldSeparator(separator)
            .allowMissingFields(false)
            .allowExtraFields(false)
            .allowUnclosedQuote(false)
            .skipEmptyLines(true)
            .detectBomHeader(false)
            // the buffer holds one field; an unclosed quote that runs past it is "a field too long"
            // too
            .maxBufferSize(Math.max(SEPARATOR_WINDOW, cell + 2))
            .build(
                CsvRecordHandler.builder()
                    .maxFields(limits.columns())
                    .maxFieldSize(cell)
                    .maxRecordSize(record)
                    .build(),
                text);
    records = reader.iterator();
    if (!safeHasNext()) {
      throw new ImportFormatException(
          "Tệp rỗng: cần một dòng tiêu đề và ít nhất một dòng dữ liệu (empty file)");
    }
    List<String> header = new ArrayList<>(safeNext().getFields());
    headerRead = true;
    if (!header.isEmpty()) {
      header.set(0, header.get(0).replace("\uFEFF", ""));
    }
    columns = accepted.resolve(header);
  }

  /**
   * Chooses the separator from the start of the header line, then rewinds: whichever of ; and ,
   * occurs more. Only a window is read, so a header line of any length neither fails here nor fills
   * memory.
   */
  private static char separator(BufferedReader text) {
    try {
      text.mark(SEPARATOR_WINDOW + 1);
      char[] window = new char[SEPARATOR_WINDOW];
      int length = 0;
      int n;
      while (length < window.length
          && (n = text.read(window, length, window.length - length)) > 0) {
        length += n;
      }
      text.reset();
      long semicolons = 0;
      long commas = 0;
      for (int i = 0; i < length && window[i] != '\n' && window[i] != '\r'; i++) {
        semicolons += window[i] == ';' ? 1 : 0;
        commas += window[i] == ',' ? 1 : 0;
      }
      return semicolons > commas ? ';' : ',';
    } catch (CharacterCodingException e) {
      throw notUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public boolean hasNext() {
    return safeHasNext();
  }

  @Override
  public Row next() {
    CsvRecord record = safeNext();
    number++;
    if (number > limits.rows()) {
      throw ImportFormatException.tooManyRows(limits.rows());
    }
    Map<String, String> cells = new HashMap<>(columns.size() * 2);
    for (int i = 0; i < columns.size(); i++) {
      cells.put(columns.get(i), FormulaText.restore(record.getField(i)));
    }
    return new Row(number, cells);
  }

  private boolean safeHasNext() {
    try {
      return records.hasNext();
    } catch (CsvParseException e) {
      throw parseError(e);
    } catch (UncheckedIOException e) {
      throw ioError(e);
    }
  }

  private CsvRecord safeNext() {
    try {
      return records.next();
    } catch (CsvParseException e) {
      throw parseError(e);
    } catch (UncheckedIOException e) {
      throw ioError(e);
    }
  }

  private ImportFormatException parseError(CsvParseException e) {
    String reason = e.getMessage() == null ? "" : e.getMessage();
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException io
        && io.getCause() instanceof CharacterCodingException) {
      throw notUtf8();
    }
    long row = headerRead ? number + 1 : 0;
    if (reason.contains("max field size") || reason.contains("buffer size")) {
      return ImportFormatException.cellTooLong(row, column(reason), limits.cellChars());
    }
    if (reason.contains("max record size")) {
      return ImportFormatException.rowTooLong(row, limits.rowChars());
    }
    if (reason.contains("maximum limit of")) {
      return ImportFormatException.tooManyColumns(row, limits.columns());
    }
    String detail =
        reason.contains("field") && reason.contains("expected") || reason.contains("fields")
            ? "số cột không khớp dòng tiêu đề (wrong column count)"
            : reason.contains("quote")
                ? "dấu ngoặc kép không đóng (unbalanced quotes)"
                : "không đọc được CSV (" + Excerpt.of(reason) + ")";
    return new ImportFormatException(
        (row == 0 ? "Dòng tiêu đề" : "Dòng " + row) + ": " + detail, row, null);
  }

  /** The header's name for the field a parse error names by index, when the header is known. */
  private String column(String reason) {
    Matcher index = FIELD_INDEX.matcher(reason);
    if (index.find()) {
      int i = Integer.parseInt(index.group(1));
      return i < columns.size() ? columns.get(i) : "cột " + (i + 1);
    }
    return null;
  }

  private ImportFormatException ioError(UncheckedIOException e) {
    if (e.getCause() instanceof CharacterCodingException) {
      return notUtf8();
    }
    throw e;
  }

  static ImportFormatException notUtf8() {
    return new ImportFormatException(
        "Tệp không phải UTF-8; hãy lưu lại dưới dạng \"CSV UTF-8\" (Excel: Lưu thành → CSV UTF-8) "
            + "(the file is not UTF-8)");
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // the request body is closed by the server anyway
    }
  }

  Iterator<Row> iterator() {
    return this;
  }
}
