package vn.antq.registry.common;

import org.mapstruct.Named;

/**
 * The clean-up mappers apply to what a client or a file sent. Each rule is named, so a field gets
 * only the rule its mapping asks for: a code is never trimmed into another valid code.
 */
public final class CleanUp {

  private CleanUp() {}

  /** Trimmed NFC text, blank as null ({@link Text#clean}). */
  @Named("text")
  public static String text(String value) {
    return Text.clean(value);
  }

  /** A count left out counts nothing. */
  @Named("zeroIfNull")
  public static int zeroIfNull(Integer value) {
    return value == null ? 0 : value;
  }

  /** A flag is set only when given as true. */
  @Named("trueOnly")
  public static boolean trueOnly(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}
