package vn.antq.registry.common;

import java.util.Map;

import io.quarkus.panache.common.Sort;

/** Turns `sort=name,-code` into a Panache Sort over a whitelist of API fields. */
public final class Sorting {

  private Sorting() {
  }

  public static Sort parse(String sort, Map<String, String> allowed, String defaultSort) {
    String spec = sort == null || sort.isBlank() ? defaultSort : sort;
    Sort result = null;
    for (String raw : spec.split(",")) {
      String part = raw.strip();
      boolean descending = part.startsWith("-");
      String field = descending || part.startsWith("+") ? part.substring(1) : part;
      String column = allowed.get(field);
      if (column == null) {
        throw ProblemException.badRequest("sort", "Không sắp xếp được theo '" + field + "'; cho phép: "
            + String.join(", ", allowed.keySet().stream().sorted().toList()) + " (unsupported sort field)");
      }
      Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
      result = result == null ? Sort.by(column, direction) : result.and(column, direction);
    }
    return result;
  }
}
