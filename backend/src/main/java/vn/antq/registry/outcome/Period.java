package vn.antq.registry.outcome;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.antq.registry.common.Inputs;

/**
 * A reporting period in DHIS2's notation: 2024, 2024S1, 2024Q3, 202405. A value counts for every
 * period that contains it, which is all the roll-up needs: [start, end] inside the asked period.
 */
public record Period(String id, Type type, LocalDate start, LocalDate end) {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(
      name = "PeriodType",
      description = "Loại kỳ báo cáo")
  public enum Type {
    YEAR,
    HALF,
    QUARTER,
    MONTH
  }

  public static final String FORMAT_HINT =
      "kỳ hợp lệ: 2024, 2024S1, 2024S2, 2024Q1..2024Q4, 202401..202412";

  private static final Pattern SYNTAX =
      Pattern.compile("(\\d{4})(?:(S)([12])|(Q)([1-4])|(\\d{2}))?");
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  public static Optional<Period> tryParse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Matcher m = SYNTAX.matcher(id.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    String normalized = id.strip();
    if (m.group(2) != null) {
      int half = Integer.parseInt(m.group(3));
      LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
      return Optional.of(
          new Period(normalized, Type.HALF, start, start.plusMonths(6).minusDays(1)));
    }
    if (m.group(4) != null) {
      int quarter = Integer.parseInt(m.group(5));
      LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
      return Optional.of(
          new Period(normalized, Type.QUARTER, start, start.plusMonths(3).minusDays(1)));
    }
    if (m.group(6) != null) {
      int month = Integer.parseInt(m.group(6));
      if (month < 1 || month > 12) {
        return Optional.empty();
      }
      YearMonth ym = YearMonth.of(year, month);
      return Optional.of(new Period(normalized, Type.MONTH, ym.atDay(1), ym.atEndOfMonth()));
    }
    return Optional.of(
        new Period(normalized, Type.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
  }

  public static String invalidMessage(String id) {
    return "Kỳ báo cáo '"
        + Inputs.clip(id)
        + "' không hợp lệ; "
        + FORMAT_HINT
        + " (invalid period)";
  }

  /** The period of a type that contains a date: (QUARTER, 2026-11-22) is 2026Q4. */
  public static Period containing(Type type, LocalDate date) {
    int year = date.getYear();
    int month = date.getMonthValue();
    String id =
        switch (type) {
          case YEAR -> Integer.toString(year);
          case HALF -> year + "S" + (month <= 6 ? 1 : 2);
          case QUARTER -> year + "Q" + ((month - 1) / 3 + 1);
          case MONTH -> String.format("%d%02d", year, month);
        };
    return tryParse(id).orElseThrow();
  }

  /** The period of the same type just before this one: 2024Q1 → 2023Q4. */
  public Period previous() {
    return containing(type, start.minusDays(1));
  }

  /** True when this period lies inside {@code other}: a month inside its quarter, half and year. */
  public boolean within(Period other) {
    return !start.isBefore(other.start) && !end.isAfter(other.end);
  }
}
