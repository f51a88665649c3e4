package vn.antq.registry.common;

/**
 * Text cells of CSV and XLSX exports that Excel would run as a formula (OWASP "CSV injection"): a
 * text starting with = + - @ tab or carriage return is written with a leading apostrophe, and the
 * imports take that apostrophe off again, so an export reads back unchanged. Numbers are written as
 * numbers and never pass through here, so -5 stays a number.
 */
public final class FormulaText {

  private FormulaText() {}

  public static String neutralise(String text) {
    return text != null && !text.isEmpty() && triggers(text.charAt(0)) ? "'" + text : text;
  }

  /** The exported text back: only an apostrophe that precedes a formula trigger is taken off. */
  public static String restore(String text) {
    return text != null && text.length() > 1 && text.charAt(0) == '\'' && triggers(text.charAt(1))
        ? text.substring(1)
        : text;
  }

  private static boolean triggers(char first) {
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
