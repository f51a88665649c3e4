package vn.antq.registry.imports;

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

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * CSV in UTF-8 (with or without BOM), comma- or semicolon-separated (Excel in a Vietnamese locale
 * writes semicolons). Strict: an unclosed quote, a wrong column count or a field over 1 MiB stops the
 * import with the row it happened in. Other encodings are refused rather than guessed.
 */
final class CsvRows implements RowSource {

  static final int MAX_FIELD_CHARS = 1 << 20;

  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final List<String> columns;
  private long number;

  CsvRows(InputStream body, Columns accepted) {
    BufferedReader text = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    char separator = separator(text);
    reader = CsvReader.builder()
        .fieldSeparator(separator)
        .allowMissingFields(false)
        .allowExtraFields(false)
        .allowUnclosedQuote(false)
        .skipEmptyLines(true)
        .detectBomHeader(false)
        .maxBufferSize(MAX_FIELD_CHARS)
        .ofCsvRecord(text);
    records = reader.iterator();
    if (!safeHasNext()) {
      throw new ImportFormatException("Tệp rỗng: cần một dòng tiêu đề và ít nhất một dòng dữ liệu (empty file)");
    }
    List<String> header = new ArrayList<>(safeNext().getFields());
    if (!header.isEmpty()) {
      header.set(0, header.get(0).replace("\uFEFF", ""));
    }
    columns = accepted.resolve(header);
  }

  /** Reads the header line to choose the separator, then rewinds: whichever of ; and , occurs more. */
  private static char separator(BufferedReader text) {
    try {
      text.mark(MAX_FIELD_CHARS);
      String first = text.readLine();
      text.reset();
      if (first == null) {
        return ',';
      }
      long semicolons = first.chars().filter(c -> c == ';').count();
      long commas = first.chars().filter(c -> c == ',').count();
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
    Map<String, String> cells = new HashMap<>(columns.size() * 2);
    for (int i = 0; i < columns.size(); i++) {
      cells.put(columns.get(i), record.getField(i));
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
    String detail = reason.contains("field") && reason.contains("expected") || reason.contains("fields")
        ? "số cột không khớp dòng tiêu đề (wrong column count)"
        : reason.contains("quote") ? "dấu ngoặc kép không đóng (unbalanced quotes)"
        : reason.contains("buffer") || reason.contains("size") ? "một ô dài quá " + (MAX_FIELD_CHARS >> 20) + " MiB (field too long)"
        : "không đọc được CSV (" + reason + ")";
    if (cause instanceof UncheckedIOException io && io.getCause() instanceof CharacterCodingException) {
      throw notUtf8();
    }
    return new ImportFormatException("Dòng " + (number + 1) + ": " + detail, number + 1, null);
  }

  private ImportFormatException ioError(UncheckedIOException e) {
    if (e.getCause() instanceof CharacterCodingException) {
      return notUtf8();
    }
    throw e;
  }

  static ImportFormatException notUtf8() {
    return new ImportFormatException("Tệp không phải UTF-8; hãy lưu lại dưới dạng \"CSV UTF-8\" (Excel: Lưu thành → CSV UTF-8) "
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
