package vn.antq.registry.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses typed query parameters by hand: JAX-RS answers a failed @QueryParam conversion with 404,
 * where a client deserves a 400 that names the parameter.
 */
public final class QueryValues {

  private QueryValues() {
  }

  public static Boolean bool(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> throw ProblemException.badRequest(field, "'" + value + "' không phải true/false (expected true or false)");
    };
  }

  public static Long number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(field, "'" + value + "' không phải số nguyên (expected an integer)");
    }
  }

  public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(field, "'" + value + "' không hợp lệ; cho phép: "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + " (invalid value)");
    }
  }
}
