package vn.antq.registry.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Checks of raw request values shared by parameters and error messages. */
public final class Inputs {

  /** What a create or update without a body is told (its body parameter is {@code @NotNull}). */
  public static final String BODY_REQUIRED = "Thiếu nội dung yêu cầu (body required)";

  /** Longest prefix of an input value that an error message repeats. */
  public static final int ECHO_LIMIT = 100;

  /**
   * Codes of provinces, communes, models, categories, indicators and legacy units. ASCII only and
   * no white space: MariaDB's PAD SPACE, accent-insensitive collations would otherwise let "12 " or
   * "1２" find the row of "12".
   */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /**
   * Java's parseLong also reads Arabic-Indic and full-width digits; the API takes ASCII ones only.
   */
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

  /**
   * 1500, 292.24, 292,24 (a Vietnamese decimal comma), .5, 1.5E3: as files and spreadsheets write
   * numbers.
   */
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]{1,4})?");

  private Inputs() {}

  /**
   * The value as an error may show it: at most {@value #ECHO_LIMIT} characters, then "…";
   * parentheses become brackets and control characters '?', so that an echoed value can never be
   * taken for the English part of a message (see {@link Bilingual}).
   */
  public static String clip(Object value) {
    if (value == null) {
      return "null";
    }
    String text = String.valueOf(value);
    String prefix =
        text.codePointCount(0, text.length()) <= ECHO_LIMIT
            ? text
            : text.substring(0, text.offsetByCodePoints(0, ECHO_LIMIT)) + "…";
    StringBuilder shown = new StringBuilder(prefix.length());
    prefix
        .codePoints()
        .forEach(
            c ->
                shown.appendCodePoint(
                    switch (c) {
                      case '(' -> '[';
                      case ')' -> ']';
                      default -> Character.isISOControl(c) ? '?' : c;
                    }));
    return shown.toString();
  }

  public static boolean isCode(String value) {
    return value != null && CODE.matcher(value).matches();
  }

  /**
   * A number read from a file: ASCII digits only (BigDecimal would also read "١٢" or "１２"), one
   * decimal point or comma. Throws NumberFormatException for anything else.
   */
  public static BigDecimal decimal(String text) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw new NumberFormatException("not an ASCII number");
    }
    return new BigDecimal(text.replace(',', '.'));
  }

  /**
   * The integer written in ASCII digits, or null when the text is anything else (or out of range).
   */
  public static Long integer(String value) {
    if (value == null || !INTEGER.matcher(value).matches()) {
      return null;
    }
    return Long.parseLong(value);
  }
}
