package vn.antq.registry.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an error may repeat of an uploaded value: its start. An answer that echoed a whole cell
 * would be as large as the cell (a 300 MB cell made a 931 MB problem document).
 */
public final class Excerpt {

  static final int MAX_CHARS = 100;

  private Excerpt() {}

  public static String of(String value) {
    if (value == null || value.length() <= MAX_CHARS) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return value.substring(0, end) + "…";
  }

  /**
   * Text in quotes, as messages quote values; the guard for messages that quote a value the caller
   * did not name.
   */
  private static final Pattern QUOTED =
      Pattern.compile("'([^']{" + (MAX_CHARS + 1) + ",})'|\"([^\"]{" + (MAX_CHARS + 1) + ",})\"");

  /**
   * A message that quotes {@code value} (or any other long text in quotes), quoting only its start.
   */
  static String message(String message, String value) {
    if (message == null) {
      return null;
    }
    String shortened =
        value == null || value.length() <= MAX_CHARS ? message : message.replace(value, of(value));
    Matcher quoted = QUOTED.matcher(shortened);
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      String inside = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
      char mark = quoted.group(1) != null ? '\'' : '"';
      quoted.appendReplacement(out, Matcher.quoteReplacement(mark + of(inside) + mark));
    }
    quoted.appendTail(out);
    return out.toString();
  }
}
