package vn.antq.registry.imports;

import java.lang.reflect.RecordComponent;
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

  /**
   * The row as an input record: each component read from the column of its name, as its type reads
   * (text, date, whole number, decimal, choice), in the record's order, so a field added to the
   * input is read from the file without another line here.
   */
  public <R extends Record> R read(Class<R> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = cell(components[i].getName(), types[i]);
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object cell(String column, Class<?> type) {
    if (type == String.class) {
      return text(column);
    } else if (type == LocalDate.class) {
      return date(column);
    } else if (type == Integer.class) {
      return integer(column);
    } else if (type == Long.class) {
      return number(column);
    } else if (type == BigDecimal.class) {
      return decimal(column);
    } else if (type.isEnum()) {
      return choice((Class) type, column);
    }
    throw new IllegalArgumentException("no cell reads a " + type.getSimpleName() + ": " + column);
  }

  private <T> T fail(String column, String value, String message) {
    report.conflict(row.number(), column, value, message);
    bad = true;
    return null;
  }
}
