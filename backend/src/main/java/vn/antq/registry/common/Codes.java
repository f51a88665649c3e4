package vn.antq.registry.common;

import java.util.function.Predicate;

/** Checks of the keys that clients choose themselves: commune, category, indicator codes. */
public final class Codes {

  private Codes() {}

  /**
   * A create names its row: the code must be given (400 with {@code missing}) and not taken yet
   * (409 "Đã có {what} mã ...").
   */
  public static void requireNew(String code, String missing, String what, Predicate<String> taken) {
    if (code == null) {
      throw ProblemException.badRequest("code", missing);
    }
    if (taken.test(code)) {
      throw ProblemException.conflict(
          "Đã có " + what + " mã '" + Inputs.clip(code) + "' (already exists)");
    }
  }

  /** An update may repeat its row's code but not change it (422 with {@code message}). */
  public static void requireUnchanged(String given, String code, String message) {
    if (given != null && !given.equals(code)) {
      throw ProblemException.unprocessable("code", message);
    }
  }
}
