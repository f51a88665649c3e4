package vn.antq.registry.common;

import java.util.function.Function;

/**
 * The two ways a code names a record: in a path (absent → 404) and inside a request body (absent →
 * 422 on that field). Every repository answers both the same way.
 */
public final class Lookups {

  private Lookups() {}

  /** The record or 404: for path parameters, whose codes the path filter has already checked. */
  public static <E> E require(E found, String noun, Object key) {
    if (found == null) {
      throw ProblemException.notFound(noun, key);
    }
    return found;
  }

  /**
   * The record or 422 naming the field. A code with white space would find its trimmed twin under
   * MariaDB's PAD SPACE collations, so such a code names nothing.
   */
  public static <E> E reference(
      String field, String code, Function<String, E> find, String nounVi, String nounEn) {
    E found = code == null || !Inputs.isCode(code) ? null : find.apply(code);
    if (found == null) {
      throw ProblemException.unprocessable(
          field, "Không có " + nounVi + " mã '" + Inputs.clip(code) + "' (unknown " + nounEn + ")");
    }
    return found;
  }
}
