package vn.antq.registry.imports;

/**
 * What an error may repeat of an uploaded value: its start. An answer that echoed a whole cell
 * would be as large as the cell (a 300 MB cell made a 931 MB problem document).
 */
public final class Excerpt {

  static final int MAX_CHARS = 100;

  private Excerpt() {
  }

  public static String of(String value) {
    if (value == null || value.length() <= MAX_CHARS) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return value.substring(0, end) + "…";
  }

  /** A message that quotes {@code value}, quoting only its start. */
  static String message(String message, String value) {
    if (message == null || value == null || value.length() <= MAX_CHARS) {
      return message;
    }
    return message.replace(value, of(value));
  }
}
