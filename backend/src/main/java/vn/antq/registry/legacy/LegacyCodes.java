package vn.antq.registry.legacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;

/**
 * Lets a pre-2025 province or commune code stand where a 2025 code is expected: it becomes its
 * successor when there is exactly one; a split commune is refused with its successors listed. A
 * code that is a 2025 code, or that nobody knows, passes unchanged (the usual checks follow).
 */
@ApplicationScoped
public class LegacyCodes {

  /** The code to store, and the old code it was given as (null when it was already a 2025 code). */
  public record Mapped(String code, String legacy) {}

  @Inject EntityManager em;

  public Mapped commune(String field, String code) {
    if (code == null || isCurrent("commune", code)) {
      return new Mapped(code, null);
    }
    List<Object[]> successors = successors(code, "commune");
    if (successors.size() == 1) {
      return new Mapped((String) successors.get(0)[0], code);
    }
    if (successors.size() > 1) {
      throw ProblemException.unprocessable(
          field,
          "Xã cũ '"
              + Inputs.clip(code)
              + "' đã được chia cho "
              + successors.size()
              + " xã mới: "
              + String.join(", ", successors.stream().map(s -> s[0] + " (" + s[1] + ")").toList())
              + "; hãy ghi mã xã mới (old commune was split; give the new commune)");
    }
    return new Mapped(code, null);
  }

  public Mapped province(String field, String code) {
    if (code == null || isCurrent("province", code)) {
      return new Mapped(code, null);
    }
    List<Object[]> successors = successors(code, "province");
    return successors.size() == 1
        ? new Mapped((String) successors.get(0)[0], code)
        : new Mapped(code, null);
  }

  private boolean isCurrent(String table, String code) {
    return ((Number)
                em.createNativeQuery("select count(*) from " + table + " where code = ?1")
                    .setParameter(1, code)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> successors(String code, String table) {
    return em.createNativeQuery(
            "select t.code, t.full_name from legacy_successor s join "
                + table
                + " t on t.code = s.new_code "
                + "where s.old_code = ?1 order by t.code")
        .setParameter(1, code)
        .getResultList();
  }
}
