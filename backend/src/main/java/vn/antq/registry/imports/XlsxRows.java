package vn.antq.registry.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import vn.antq.registry.common.FormulaText;

/**
 * The first sheet of an .xlsx file, header in row 1, read as a stream. The archive is checked first
 * ({@link XlsxArchive}: what it really inflates to, not what it declares); then cells, columns and
 * rows are held to the {@link ImportLimits} as they are read.
 */
final class XlsxRows implements RowSource {

  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
  private final List<String> columns;
  private final Columns accepted;
  private final ImportLimits limits;
  private Row next;

  XlsxRows(Path file, Columns accepted, ImportLimits limits) {
    this.accepted = accepted;
    this.limits = limits;
    new XlsxArchive(limits).check(file);
    try {
      workbook = new ReadableWorkbook(file.toFile());
      Sheet sheet = workbook.getFirstSheet();
      stream = sheet.openStream();
      rows = stream.iterator();
      if (!rows.hasNext()) {
        throw new ImportFormatException(
            "Trang tính đầu tiên trống: cần dòng tiêu đề ở dòng 1 (empty sheet)");
      }
      org.dhatim.fastexcel.reader.Row header = rows.next();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.getCellCount(); i++) {
        String text = header.getCellText(i);
        checkLength(0, text, null);
        if (text != null && !text.isBlank()) {
          names.add(text);
        } else {
          names.add("");
        }
      }
      while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
        names.remove(names.size() - 1);
      }
      if (names.size() > limits.columns()) {
        throw ImportFormatException.tooManyColumns(0, limits.columns());
      }
      if (names.stream().mapToLong(String::length).sum() > limits.rowChars()) {
        throw ImportFormatException.rowTooLong(0, limits.rowChars());
      }
      columns = accepted.resolve(names);
      advance();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw notASpreadsheet();
    } catch (RuntimeException e) {
      if (e instanceof ImportFormatException format) {
        throw format;
      }
      throw notASpreadsheet();
    }
  }

  private void checkLength(long row, String text, String column) {
    if (text != null && text.length() > limits.cellChars()) {
      throw ImportFormatException.cellTooLong(row, column, limits.cellChars());
    }
  }

  static ImportFormatException notASpreadsheet() {
    return new ImportFormatException(
        "Tệp không phải bảng tính Excel .xlsx hợp lệ; hãy lưu lại dưới dạng Excel Workbook (.xlsx) "
            + "hoặc CSV UTF-8 (not an xlsx spreadsheet)");
  }

  private void advance() {
    next = null;
    while (rows.hasNext()) {
      org.dhatim.fastexcel.reader.Row row = rows.next();
      if (row.getRowNum() - 1 > limits.rows()) {
        throw ImportFormatException.tooManyRows(limits.rows());
      }
      Map<String, String> cells = new HashMap<>(columns.size() * 2);
      boolean empty = true;
      for (int i = 0; i < columns.size(); i++) {
        String text = i < row.getCellCount() ? cell(row, i, columns.get(i)) : null;
        checkLength(row.getRowNum() - 1, text, columns.get(i));
        if (text != null && !text.isBlank()) {
          empty = false;
        }
        cells.put(columns.get(i), FormulaText.restore(text));
      }
      if (new Row(0, cells).chars() > limits.rowChars()) {
        throw ImportFormatException.rowTooLong(row.getRowNum() - 1, limits.rowChars());
      }
      for (int i = columns.size(); i < row.getCellCount(); i++) {
        String extra = row.getCellText(i);
        if (extra != null && !extra.isBlank()) {
          throw new ImportFormatException(
              "Dòng "
                  + (row.getRowNum() - 1)
                  + ": có giá trị ở cột "
                  + (i + 1)
                  + " ngoài các cột tiêu đề (wrong column count)",
              row.getRowNum() - 1,
              null);
        }
      }
      if (!empty) {
        next = new Row(row.getRowNum() - 1, cells);
        return;
      }
    }
  }

  /** The cell as text; a number in a code column gets back the leading zeros Excel dropped. */
  private String cell(org.dhatim.fastexcel.reader.Row row, int index, String column) {
    String text = row.getCellText(index);
    int length = accepted.digits(column);
    var cell = row.getCell(index);
    if (length > 0
        && text != null
        && cell != null
        && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
      if (text.endsWith(".0")) {
        text = text.substring(0, text.length() - 2);
      }
      if (text.length() < length && text.chars().allMatch(Character::isDigit)) {
        text = "0".repeat(length - text.length()) + text;
      }
    }
    return text;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public boolean hasNext() {
    return next != null;
  }

  @Override
  public Row next() {
    Row current = next;
    try {
      advance();
    } catch (ImportFormatException e) {
      throw e;
    } catch (RuntimeException e) {
      // the reader's own failures (broken XML, a missing part) are the file's fault, not the
      // server's
      throw notASpreadsheet();
    }
    return current;
  }

  @Override
  public void close() {
    try {
      stream.close();
      workbook.close();
    } catch (IOException e) {
      // the temporary upload is deleted afterwards anyway
    }
  }
}
