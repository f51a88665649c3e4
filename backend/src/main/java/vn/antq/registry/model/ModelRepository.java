package vn.antq.registry.model;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.Lookups;

/** Every query on the model table. */
@ApplicationScoped
public class ModelRepository implements PanacheRepositoryBase<Model, String> {

  /** Models that count at a date: started by then and not yet retired. */
  private static final String COUNTS_AT =
      "(started_on is null or started_on <= :asOf) and not (status = 'RETIRED' and status_since <= :asOf)";

  private static final String COUNTED =
      "count(*), coalesce(sum(case when recognition_level = 'NATIONAL' "
          + "and (recognized_on is null or recognized_on <= :asOf) then 1 else 0 end), 0)";

  /** Models counted at a date, and how many of them were nationally recognised by then. */
  public record Counts(long models, long national) {
    public static final Counts NONE = new Counts(0, 0);
  }

  public Model require(String code) {
    return Lookups.require(findById(code), "mô hình", code);
  }

  public Model reference(String field, String code) {
    return Lookups.reference(field, code, this::findById, "mô hình", "model");
  }

  public List<String> codes() {
    return getEntityManager()
        .createQuery("select m.code from Model m", String.class)
        .getResultList();
  }

  public List<String> codesInCategory(String categoryCode) {
    return getEntityManager()
        .createQuery("select m.code from Model m where m.categoryCode = :category", String.class)
        .setParameter("category", categoryCode)
        .getResultList();
  }

  public boolean exists(String code) {
    return count("code", code) > 0;
  }

  /**
   * @param provinceCode null: nationwide
   * @param modelCode null: every model
   */
  public Counts countsAt(LocalDate asOf, String provinceCode, String modelCode) {
    Query query =
        getEntityManager()
            .createNativeQuery(
                "select "
                    + COUNTED
                    + " from model where "
                    + COUNTS_AT
                    + (provinceCode != null ? " and province_code = :province" : "")
                    + (modelCode != null ? " and code = :model" : ""))
            .setParameter("asOf", asOf);
    if (provinceCode != null) {
      query.setParameter("province", provinceCode);
    }
    if (modelCode != null) {
      query.setParameter("model", modelCode);
    }
    Object[] row = (Object[]) query.getSingleResult();
    return new Counts(number(row[0]), number(row[1]));
  }

  public Map<String, Counts> countsAtByProvince(LocalDate asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select province_code, "
                    + COUNTED
                    + " from model where "
                    + COUNTS_AT
                    + " group by province_code")
            .setParameter("asOf", asOf)
            .getResultList();
    Map<String, Counts> result = new HashMap<>();
    for (Object[] row : rows) {
      result.put((String) row[0], new Counts(number(row[1]), number(row[2])));
    }
    return result;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
