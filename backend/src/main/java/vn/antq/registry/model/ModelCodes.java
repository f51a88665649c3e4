package vn.antq.registry.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;

/**
 * Model codes are identifiers other systems keep: each is issued once and never again, also after
 * its model is deleted (table model_code_issued). Generated codes take the next number of a
 * per-province counter that only grows; the counter row's lock serialises concurrent creations.
 */
@ApplicationScoped
public class ModelCodes {

  @Inject EntityManager em;

  /** The next unused code MH<province>-NNNNN; runs inside the caller's transaction. */
  String next(String provinceCode) {
    String prefix = "MH" + (provinceCode == null ? "" : provinceCode);
    em.createNativeQuery(
            "insert ignore into model_code_counter (prefix, last_number) values (:prefix, 0)")
        .setParameter("prefix", prefix)
        .executeUpdate();
    while (true) {
      em.createNativeQuery(
              "update model_code_counter set last_number = last_number + 1 where prefix = :prefix")
          .setParameter("prefix", prefix)
          .executeUpdate();
      int number =
          ((Number)
                  em.createNativeQuery(
                          "select last_number from model_code_counter where prefix = :prefix")
                      .setParameter("prefix", prefix)
                      .getSingleResult())
              .intValue();
      String code = prefix + "-" + String.format("%05d", number);
      // A code given by hand may already hold this number: skip it rather than hand it out twice.
      if (!issued(code)) {
        return code;
      }
    }
  }

  /**
   * Records the code as issued; refuses one that was ever issued before, even to a deleted model.
   */
  void issue(String code) {
    if (issued(code)) {
      boolean live = em.find(Model.class, code) != null;
      throw ProblemException.conflict(
          live
              ? "Đã có mô hình mã '" + Inputs.clip(code) + "' (already exists)"
              : "Mã '"
                  + Inputs.clip(code)
                  + "' đã được cấp cho một mô hình đã xoá; mã mô hình không bao giờ được cấp lại (model codes are never reused)");
    }
    em.createNativeQuery("insert into model_code_issued (code) values (:code)")
        .setParameter("code", code)
        .executeUpdate();
  }

  private boolean issued(String code) {
    return ((Number)
                em.createNativeQuery("select count(*) from model_code_issued where code = :code")
                    .setParameter("code", code)
                    .getSingleResult())
            .longValue()
        > 0;
  }
}
