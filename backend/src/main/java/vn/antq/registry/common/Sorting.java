package vn.antq.registry.common;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns `sort=name,-code` into a Panache Sort over a whitelist of API fields. */
public final class Sorting {

  private Sorting() {}

  public static Sort parse(String sort, Map<String, String> allowed, String defaultSort) {
    String spec = sort == null || sort.isBlank() ? defaultSort : sort;
    Sort result = null;
    for (String raw : spec.split(",")) {
      String part = raw.strip();
      boolean descending = part.startsWith("-");
      String field = descending || part.startsWith("+") ? part.substring(1) : part;
      String column = allowed.get(field);
      if (column == null) {
        throw ProblemException.badRequest(
            "sort",
            "Không sắp xếp được theo '"
                + field
                + "'; cho phép: "
                + String.join(", ", allowed.keySet().stream().sorted().toList())
                + " (unsupported sort field)");
      }
      Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
      result = result == null ? Sort.by(column, direction) : result.and(column, direction);
    }
    return result;
  }

  /** The same check, as an SQL ORDER BY list for native queries ("point_count desc, c.name"). */
  public static String orderBy(String sort, Map<String, String> allowed, String defaultSort) {
    return parse(sort, allowed, defaultSort).getColumns().stream()
        .map(
            column ->
                column.getName()
                    + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""))
        .collect(Collectors.joining(", "));
  }
}
