package vn.antq.registry.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an .xlsx file, header in row 1, read as a stream. The archive is checked
 * before parsing: a zip that would inflate to gigabytes (a zip bomb), or that is no spreadsheet,
 * is refused with a clear message instead of exhausting memory or disk.
 */
final class XlsxRows implements RowSource {

  static final long MAX_ENTRY_BYTES = 512L << 20;
  static final long MAX_TOTAL_BYTES = 1L << 30;
  static final long MAX_RATIO = 200;

  private final ReadableWorkbook workbook;
  private final Stream<org.dhatim.fastexcel.reader.Row> stream;
  private final Iterator<org.dhatim.fastexcel.reader.Row> rows;
  private final List<String> columns;
  private final Columns accepted;
  private Row next;

  XlsxRows(Path file, Columns accepted) {
    this.accepted = accepted;
    checkArchive(file);
    try {
      workbook = new ReadableWorkbook(file.toFile());
      Sheet sheet = workbook.getFirstSheet();
      stream = sheet.openStream();
      rows = stream.iterator();
      if (!rows.hasNext()) {
        throw new ImportFormatException("Trang tính đầu tiên trống: cần dòng tiêu đề ở dòng 1 (empty sheet)");
      }
      org.dhatim.fastexcel.reader.Row header = rows.next();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.getCellCount(); i++) {
        String text = header.getCellText(i);
        if (text != null && !text.isBlank()) {
          names.add(text);
        } else {
          names.add("");
        }
      }
      while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
        names.remove(names.size() - 1);
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

  /** Refuses archives that are no xlsx, or whose entries would inflate beyond sane limits. */
  static void checkArchive(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      boolean workbook = false;
      long total = 0;
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        workbook |= entry.getName().equals("xl/workbook.xml");
        long size = entry.getSize();
        long compressed = Math.max(1, entry.getCompressedSize());
        total += Math.max(0, size);
        if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || size / compressed > MAX_RATIO) {
          throw new ImportFormatException("Tệp Excel bất thường: phần '" + entry.getName() + "' giải nén ra " + (size >> 20)
              + " MB (tỷ lệ nén " + size / compressed + ":1) — có thể là zip bomb; hãy lưu lại tệp bằng Excel (suspicious archive)");
        }
      }
      if (!workbook) {
        throw notASpreadsheet();
      }
    } catch (ZipException e) {
      throw notASpreadsheet();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ImportFormatException notASpreadsheet() {
    return new ImportFormatException("Tệp không phải bảng tính Excel .xlsx hợp lệ; hãy lưu lại dưới dạng Excel Workbook (.xlsx) "
        + "hoặc CSV UTF-8 (not an xlsx spreadsheet)");
  }

  private void advance() {
    next = null;
    while (rows.hasNext()) {
      org.dhatim.fastexcel.reader.Row row = rows.next();
      Map<String, String> cells = new HashMap<>(columns.size() * 2);
      boolean empty = true;
      for (int i = 0; i < columns.size(); i++) {
        String text = i < row.getCellCount() ? cell(row, i, columns.get(i)) : null;
        if (text != null && !text.isBlank()) {
          empty = false;
        }
        cells.put(columns.get(i), text);
      }
      for (int i = columns.size(); i < row.getCellCount(); i++) {
        String extra = row.getCellText(i);
        if (extra != null && !extra.isBlank()) {
          throw new ImportFormatException("Dòng " + (row.getRowNum() - 1) + ": có giá trị ở cột " + (i + 1)
              + " ngoài các cột tiêu đề (wrong column count)", row.getRowNum() - 1, null);
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
    if (length > 0 && text != null && cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
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
    } catch (UncheckedIOException | IllegalStateException e) {
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
