package vn.antq.registry.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.antq.registry.common.Text;

/**
 * The columns an import accepts: the JSON field names, plus Vietnamese headers as aliases ("Mã chỉ
 * tiêu", "Kỳ báo cáo", ...), matched without case, accents, spaces or underscores.
 */
public final class Columns {

  private final Map<String, String> byAlias = new LinkedHashMap<>();
  private final List<String> canonical = new ArrayList<>();
  private final List<String> required;
  private final Map<String, Integer> digits = new LinkedHashMap<>();
  private final List<String> declared = new ArrayList<>();
  private final List<String> importOnly = new ArrayList<>();

  private Columns(List<String> required) {
    this.required = required;
  }

  public static Columns required(String... names) {
    Columns columns = new Columns(List.of(names));
    for (String name : names) {
      columns.add(name);
    }
    return columns;
  }

  /** Adds a column and its aliases. */
  public Columns column(String name, String... aliases) {
    if (!declared.contains(name)) {
      declared.add(name);
    }
    add(name, aliases);
    return this;
  }

  private void add(String name, String... aliases) {
    if (!canonical.contains(name)) {
      canonical.add(name);
    }
    byAlias.put(key(name), name);
    for (String alias : aliases) {
      byAlias.put(key(alias), name);
    }
  }

  /**
   * A code column of fixed length: a spreadsheet that stored "03549" as the number 3549 gets its
   * zeros back.
   */
  public Columns digits(String name, int length) {
    digits.put(name, length);
    return this;
  }

  /**
   * The code's length for a numeric spreadsheet cell, or 0 when the column holds no fixed-length
   * code.
   */
  public int digits(String name) {
    return digits.getOrDefault(name, 0);
  }

  public List<String> names() {
    return List.copyOf(canonical);
  }

  /**
   * A column an import reads but an export does not write: another way to say what an exported
   * column says already (a point's external id beside its id).
   */
  public Columns importOnly(String name) {
    importOnly.add(name);
    return this;
  }

  /**
   * What an export writes: the columns in the order {@link #column} declared them, under their
   * canonical names, so that the file imports back as it is.
   */
  public List<String> exported() {
    return declared.stream().filter(name -> !importOnly.contains(name)).toList();
  }

  /** The canonical name of one header or JSON field; unknown names are refused. */
  public String name(String header) {
    String name = byAlias.get(key(header));
    if (name == null) {
      throw new ImportFormatException(
          "Trường không được hỗ trợ: "
              + Excerpt.of(header)
              + "; các trường hợp lệ: "
              + String.join(", ", canonical)
              + " (unknown field)",
          0,
          header);
    }
    return name;
  }

  /**
   * Maps a file's header to canonical columns; unknown, duplicate or missing required columns are
   * refused.
   */
  public List<String> resolve(List<String> header) {
    List<String> resolved = new ArrayList<>(header.size());
    List<String> unknown = new ArrayList<>();
    for (String cell : header) {
      String name = byAlias.get(key(cell));
      if (name == null) {
        unknown.add(cell);
      } else if (resolved.contains(name)) {
        throw new ImportFormatException(
            "Cột '" + Excerpt.of(cell) + "' trùng với cột " + name + " (duplicate column)",
            0,
            cell);
      }
      resolved.add(name);
    }
    if (!unknown.isEmpty()) {
      String listed =
          unknown.stream().limit(5).map(Excerpt::of).collect(Collectors.joining(", "))
              + (unknown.size() > 5 ? ", …" : "");
      throw new ImportFormatException(
          "Cột không được hỗ trợ: "
              + listed
              + "; các cột hợp lệ: "
              + String.join(", ", canonical)
              + " (unknown columns)",
          0,
          unknown.get(0));
    }
    List<String> missing = required.stream().filter(r -> !resolved.contains(r)).toList();
    if (!missing.isEmpty()) {
      throw new ImportFormatException(
          "Thiếu cột bắt buộc: " + String.join(", ", missing) + " (missing columns)",
          0,
          missing.get(0));
    }
    return resolved;
  }

  static String key(String header) {
    return Text.fold(header == null ? "" : header.replace('\uFEFF', ' '))
        .replace(" ", "")
        .replace("_", "")
        .replace("-", "");
  }
}
