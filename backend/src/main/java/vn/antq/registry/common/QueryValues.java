package vn.antq.registry.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses typed query parameters by hand: JAX-RS answers a failed @QueryParam conversion with 404,
 * where a client deserves a 400 that names the parameter.
 */
public final class QueryValues {

  private QueryValues() {}

  public static Boolean bool(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default ->
          throw ProblemException.badRequest(
              field, "'" + Inputs.clip(value) + "' không phải true/false (expected true or false)");
    };
  }

  public static Long number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Long number = Inputs.integer(value.strip());
    if (number == null) {
      throw ProblemException.badRequest(
          field, "'" + Inputs.clip(value) + "' không phải số nguyên (expected an integer)");
    }
    return number;
  }

  /**
   * A numeric id in a path: anything but ASCII digits names nothing, so 404 like any unknown id.
   */
  public static long pathId(String what, String id) {
    Long number = Inputs.integer(id);
    if (number == null || number < 0) {
      throw ProblemException.notFound(what, id);
    }
    return number;
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          field,
          "'"
              + Inputs.clip(value)
              + "' không hợp lệ; cho phép: "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + " (invalid value)");
    }
  }
}
