package vn.antq.registry.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Folds Vietnamese text for accent- and case-insensitive search ("Mường So" → "muong so"). */
public final class Text {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Text() {}

  public static String fold(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        joined.append(' ').append(part);
      }
    }
    // đ/Đ carry no combining mark, so NFD alone would keep them.
    String text = joined.toString().replace('đ', 'd').replace('Đ', 'D');
    text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
  }

  /** A LIKE pattern that matches the folded query anywhere, with LIKE's wildcards escaped. */
  public static String containsPattern(String query) {
    String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + folded + "%";
  }

  /** Trims and normalises to NFC so that names typed on different keyboards compare equal. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
