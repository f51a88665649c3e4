package vn.antq.registry.common;

/**
 * A message in Vietnamese and English. The API's messages are written once as "Vietnamese text
 * (English text)": the English part is the last balanced parenthesised group, so one literal keeps
 * both languages side by side where the message is raised.
 */
public record Bilingual(String vi, String en) {

  /** Splits "vi (en)"; a text without a trailing group is the same in both languages. */
  public static Bilingual parse(String text) {
    if (text == null) {
      return new Bilingual(null, null);
    }
    String trimmed = text.strip();
    if (!trimmed.endsWith(")")) {
      return new Bilingual(text, text);
    }
    int depth = 0;
    for (int i = trimmed.length() - 1; i >= 0; i--) {
      char c = trimmed.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        String vi = trimmed.substring(0, i).strip();
        String en = trimmed.substring(i + 1, trimmed.length() - 1).strip();
        return vi.isEmpty() || en.isEmpty() ? new Bilingual(text, text) : new Bilingual(vi, en);
      }
    }
    return new Bilingual(text, text);
  }

  public String in(Language language) {
    return switch (language) {
      case VI -> vi;
      case EN -> en;
      case BOTH -> vi != null && !vi.equals(en) ? vi + " (" + en + ")" : vi;
    };
  }

  /**
   * The language of error texts asked for by Accept-Language: vi, en, or both when neither is
   * named.
   */
  public enum Language {
    VI,
    EN,
    BOTH;

    public static Language of(java.util.List<java.util.Locale> acceptable) {
      for (java.util.Locale locale : acceptable) {
        switch (locale.getLanguage()) {
          case "vi" -> {
            return VI;
          }
          case "en" -> {
            return EN;
          }
          default -> {}
        }
      }
      return BOTH;
    }
  }
}
