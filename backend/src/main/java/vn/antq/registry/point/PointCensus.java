package vn.antq.registry.point;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Point counts at a date, read from the steps the triggers of V17 keep in point_census and
 * point_coverage: a few dozen rows per key whatever the number of points and the date asked.
 */
@ApplicationScoped
public class PointCensus {

  /**
   * The steps that sum to a count at :asOf: past years, past months of its year, its month's days.
   */
  private static final String UP_TO =
      "((span = 'Y' and starts < :year) or (span = 'M' and starts >= :year and starts < :month)"
          + " or (span = 'D' and starts >= :month and starts <= :asOf))";

  private static final String SUMS =
      "coalesce(sum(points), 0), coalesce(sum(active), 0), coalesce(sum(teams), 0),"
          + " coalesce(sum(members), 0), coalesce(sum(core_members), 0)";

  /**
   * Points counted at a date: all, active, their teams, members and core members, and the communes
   * with an active point (only those of {@code coverageProvince} when one is given).
   */
  public record Counts(
      long points, long active, long teams, long members, long coreMembers, long communes) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
  }

  /** One commune's points at a date: how many models they replicate, and the counts above. */
  public record CommuneCounts(long models, long points, long active, long teams, long members) {
    public static final CommuneCounts NONE = new CommuneCounts(0, 0, 0, 0, 0);
  }

  @Inject EntityManager em;

  /**
   * @param provinceCode null: nationwide
   * @param modelCode null: every model
   * @param coverageProvince whose communes count as covered (null: any)
   */
  public Counts countsAt(
      LocalDate asOf, String provinceCode, String modelCode, String coverageProvince) {
    String model = modelCode == null ? "" : modelCode;
    Query steps =
        upTo(
                "select "
                    + SUMS
                    + " from point_census where model_code = :model and commune_code = ''"
                    + (provinceCode != null ? " and province_code = :province" : "")
                    + " and "
                    + UP_TO,
                asOf)
            .setParameter("model", model);
    Query covered =
        em.createNativeQuery(
                "select count(*) from point_coverage where model_code = :model and first_active_on <= :asOf"
                    + (provinceCode != null ? " and province_code = :province" : "")
                    + (coverageProvince != null ? " and province_code = :coverage" : ""))
            .setParameter("model", model)
            .setParameter("asOf", asOf);
    if (provinceCode != null) {
      steps.setParameter("province", provinceCode);
      covered.setParameter("province", provinceCode);
    }
    if (coverageProvince != null) {
      covered.setParameter("coverage", coverageProvince);
    }
    Object[] r = (Object[]) steps.getSingleResult();
    return new Counts(
        number(r[0]),
        number(r[1]),
        number(r[2]),
        number(r[3]),
        number(r[4]),
        number(covered.getSingleResult()));
  }

  /** The same counts for every province at once (core members are not compared). */
  public Map<String, Counts> countsAtByProvince(LocalDate asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        upTo(
                "select province_code, "
                    + SUMS
                    + " from point_census where model_code = '' and commune_code = '' and "
                    + UP_TO
                    + " group by province_code",
                asOf)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> covered =
        em.createNativeQuery(
                "select province_code, count(*) from point_coverage where model_code = ''"
                    + " and first_active_on <= :asOf group by province_code")
            .setParameter("asOf", asOf)
            .getResultList();
    Map<String, Long> communes = new HashMap<>();
    covered.forEach(r -> communes.put((String) r[0], number(r[1])));
    Map<String, Counts> result = new HashMap<>();
    for (Object[] r : rows) {
      result.put(
          (String) r[0],
          new Counts(
              number(r[1]),
              number(r[2]),
              number(r[3]),
              number(r[4]),
              0,
              communes.getOrDefault((String) r[0], 0L)));
    }
    return result;
  }

  /** Every commune of a province with points counted at a date. */
  public Map<String, CommuneCounts> countsAtByCommune(LocalDate asOf, String provinceCode) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        upTo(
                "select commune_code, "
                    + SUMS
                    + " from point_census where province_code = :province and commune_code <> ''"
                    + " and model_code <> '' and "
                    + UP_TO
                    + " group by commune_code, model_code",
                asOf)
            .setParameter("province", provinceCode)
            .getResultList();
    Map<String, CommuneCounts> result = new HashMap<>();
    for (Object[] r : rows) {
      if (number(r[1]) == 0) {
        continue; // the model's points there were not yet established, or already retired
      }
      CommuneCounts model =
          new CommuneCounts(1, number(r[1]), number(r[2]), number(r[3]), number(r[4]));
      result.merge(
          (String) r[0],
          model,
          (a, b) ->
              new CommuneCounts(
                  a.models() + b.models(),
                  a.points() + b.points(),
                  a.active() + b.active(),
                  a.teams() + b.teams(),
                  a.members() + b.members()));
    }
    return result;
  }

  private Query upTo(String sql, LocalDate asOf) {
    return em.createNativeQuery(sql)
        .setParameter("year", asOf.withDayOfYear(1))
        .setParameter("month", asOf.withDayOfMonth(1))
        .setParameter("asOf", asOf);
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
