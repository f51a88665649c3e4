package vn.antq.registry.imports;

import java.util.Map;

/**
 * One data row of an uploaded file: its 1-based number (header excluded) and its cells by canonical
 * column.
 */
public record Row(long number, Map<String, String> cells) {

  public String get(String column) {
    String value = cells.get(column);
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** The characters of all its cells: what holding the row in memory costs. */
  public long chars() {
    long chars = 0;
    for (String value : cells.values()) {
      chars += value == null ? 0 : value.length();
    }
    return chars;
  }
}
