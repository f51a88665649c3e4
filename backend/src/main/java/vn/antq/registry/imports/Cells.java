package vn.antq.registry.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.antq.registry.common.Inputs;

/** Typed cells of a row; a bad one is reported with its row and column and read as null. */
public final class Cells {

  private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final Row row;
  private final ImportReport report;
  private boolean bad;

  public Cells(Row row, ImportReport report) {
    this.row = row;
    this.report = report;
  }

  /** True when a cell of this row could not be read. */
  public boolean bad() {
    return bad;
  }

  public String text(String column) {
    return row.get(column);
  }

  /** 2024-03-15 or 15/03/2024 (Excel's Vietnamese display). */
  public LocalDate date(String column) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      return text.contains("/")
          ? LocalDate.parse(text, VIETNAMESE)
          : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return fail(
          column, text, "'" + text + "' không phải ngày (2024-03-15 hoặc 15/03/2024) (not a date)");
    }
  }

  public Integer integer(String column) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      return Inputs.decimal(text).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return fail(column, text, "'" + text + "' không phải số nguyên (not a whole number)");
    }
  }

  public Long number(String column) {
    Integer value = integer(column);
    return value == null ? null : value.longValue();
  }

  public BigDecimal decimal(String column) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      return Inputs.decimal(text);
    } catch (NumberFormatException e) {
      return fail(column, text, "'" + text + "' không phải số (not a number)");
    }
  }

  public <E extends Enum<E>> E choice(Class<E> type, String column) {
    String text = row.get(column);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return fail(
          column,
          text,
          "'"
              + text
              + "' không hợp lệ; cho phép: "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + " (invalid value)");
    }
  }

  private <T> T fail(String column, String value, String message) {
    report.conflict(row.number(), column, value, message);
    bad = true;
    return null;
  }
}
