package vn.antq.registry.outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.common.Where;

/**
 * Every query on the outcome table except the bulk ones: totals ({@link OutcomeTotals}) and the
 * import's staged merge ({@link OutcomeMerge}), which write SQL of their own on the same table.
 */
@ApplicationScoped
public class OutcomeRepository implements PanacheRepository<Outcome> {

  /** The stored rows among these keys (a chunk of a batch). */
  public List<Outcome> byKeys(
      Collection<String> unitKeys, Collection<String> periods, Collection<String> indicators) {
    return list(
        "unitKey in ?1 and period in ?2 and indicatorCode in ?3", unitKeys, periods, indicators);
  }

  public long countByModel(String modelCode) {
    return count("modelCode", modelCode);
  }

  public long countByPoint(long pointId) {
    return count("pointId", pointId);
  }

  public boolean anyFractional(String indicatorCode) {
    return getEntityManager()
                .createNativeQuery(
                    "select count(*) from outcome where indicator_code = ?1 and value <> floor(value)")
                .setParameter(1, indicatorCode)
                .getSingleResult()
            instanceof Number n
        && n.longValue() > 0;
  }

  /**
   * The points of a scope with a value of their own for a period inside [from, to]; a point's
   * values carry its province, commune and model, so the scope is read from the values themselves.
   */
  public Set<Long> pointsReportedWithin(
      LocalDate from, LocalDate to, String provinceCode, String communeCode, String modelCode) {
    Where where =
        new Where()
            .clause("pointId is not null and periodStart >= :from", "from", from)
            .clause("periodEnd <= :to", "to", to)
            .eq("provinceCode", "province", provinceCode)
            .eq("communeCode", "commune", communeCode)
            .eq("modelCode", "model", modelCode);
    TypedQuery<Long> query =
        getEntityManager()
            .createQuery(
                "select distinct o.pointId from Outcome o where " + where.hql(), Long.class);
    where.parameters().map().forEach(query::setParameter);
    return new HashSet<>(query.getResultList());
  }

  /**
   * When each point of a scope first stored a value of one of these indicators for a period inside
   * [from, to]: a value replaced later keeps its first creation time.
   *
   * @param provinceCode null: nationwide
   */
  public Map<Long, Instant> firstPointValues(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    Where where =
        new Where()
            .clause("pointId is not null and periodStart >= :from", "from", from)
            .clause("periodEnd <= :to", "to", to)
            .clause("indicatorCode in :indicators", "indicators", indicatorCodes)
            .eq("provinceCode", "province", provinceCode);
    TypedQuery<Object[]> query =
        getEntityManager()
            .createQuery(
                "select o.pointId, min(o.createdAt) from Outcome o where "
                    + where.hql()
                    + " group by o.pointId",
                Object[].class);
    where.parameters().map().forEach(query::setParameter);
    Map<Long, Instant> result = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      result.put((Long) row[0], (Instant) row[1]);
    }
    return result;
  }

  /** A point's first value for these indicators inside one stored period. */
  public record FirstValue(long pointId, LocalDate start, LocalDate end, Instant at) {}

  /**
   * The first value of each point and stored period inside [from, to], so that several periods of
   * an obligation are judged from one read.
   */
  public List<FirstValue> firstPointValuesByPeriod(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    Where where =
        new Where()
            .clause("pointId is not null and periodStart >= :from", "from", from)
            .clause("periodEnd <= :to", "to", to)
            .clause("indicatorCode in :indicators", "indicators", indicatorCodes)
            .eq("provinceCode", "province", provinceCode);
    TypedQuery<Object[]> query =
        getEntityManager()
            .createQuery(
                "select o.pointId, o.periodStart, o.periodEnd, min(o.createdAt) from Outcome o where "
                    + where.hql()
                    + " group by o.pointId, o.periodStart, o.periodEnd",
                Object[].class);
    where.parameters().map().forEach(query::setParameter);
    return query.getResultList().stream()
        .map(r -> new FirstValue((Long) r[0], (LocalDate) r[1], (LocalDate) r[2], (Instant) r[3]))
        .toList();
  }

  /**
   * When each commune of the scope first had a value for these indicators inside [from, to]: any
   * value filed under the commune (its points', its models', its own) counts.
   */
  public Map<String, Instant> firstCommuneValues(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    return firstValues(
        "communeCode", "communeCode is not null", from, to, provinceCode, indicatorCodes);
  }

  /**
   * When each province first had a province-level value (its own or its models') inside [from, to].
   */
  public Map<String, Instant> firstProvinceValues(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    return firstValues(
        "provinceCode",
        "unitType in (vn.antq.registry.outcome.UnitType.PROVINCE,"
            + " vn.antq.registry.outcome.UnitType.MODEL_PROVINCE)",
        from,
        to,
        provinceCode,
        indicatorCodes);
  }

  private Map<String, Instant> firstValues(
      String field,
      String only,
      LocalDate from,
      LocalDate to,
      String provinceCode,
      Collection<String> indicatorCodes) {
    Where where =
        new Where()
            .clause(only + " and periodStart >= :from", "from", from)
            .clause("periodEnd <= :to", "to", to)
            .clause("indicatorCode in :indicators", "indicators", indicatorCodes)
            .eq("provinceCode", "province", provinceCode);
    TypedQuery<Object[]> query =
        getEntityManager()
            .createQuery(
                "select o."
                    + field
                    + ", min(o.createdAt) from Outcome o where "
                    + where.hql()
                    + " group by o."
                    + field,
                Object[].class);
    where.parameters().map().forEach(query::setParameter);
    Map<String, Instant> result = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      result.put((String) row[0], (Instant) row[1]);
    }
    return result;
  }

  /** The latest period each of these points has a value for (absent: none yet). */
  public Map<Long, String> latestPeriods(Collection<Long> pointIds) {
    Map<Long, String> result = new HashMap<>();
    if (pointIds.isEmpty()) {
      return result;
    }
    // Latest by end, then by start: a year ends with its last quarter, and counts as later.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select point_id, period from (select point_id, period, row_number() over "
                    + "(partition by point_id order by period_end desc, period_start desc) n "
                    + "from outcome where point_id in (:ids)) latest where n = 1")
            .setParameter("ids", pointIds)
            .getResultList();
    for (Object[] row : rows) {
      result.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return result;
  }

  /** Values filed under a point carry its model, commune and province: they move with it. */
  public void refile(long pointId, String modelCode, String communeCode, String provinceCode) {
    update(
        "modelCode = ?1, communeCode = ?2, provinceCode = ?3 where pointId = ?4",
        modelCode,
        communeCode,
        provinceCode,
        pointId);
  }
}
