package vn.antq.registry.point;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.Lookups;

/** Every query on the replication_point table. */
@ApplicationScoped
public class PointRepository implements PanacheRepository<ReplicationPoint> {

  /** Points that count at a date: established by then and not yet retired. */
  private static final String COUNTS_AT =
      "(established_on is null or established_on <= :asOf) and not (status = 'RETIRED' and status_since <= :asOf)";

  /** Where a point is filed: what an outcome value of it carries. */
  public record Place(long id, String modelCode, String communeCode, String provinceCode) {}

  /** A point expected to report, with what a reminder list shows of it. */
  public record Expected(
      long id,
      String placeName,
      String modelCode,
      String communeCode,
      String provinceCode,
      LocalDate establishedOn,
      LocalDate retiredSince) {

    /** Whether the point owes a report for [start, end], by the rule of {@link #expectedIn}. */
    public boolean expectedIn(LocalDate start, LocalDate end) {
      return (establishedOn == null || !establishedOn.isAfter(end))
          && (retiredSince == null || !retiredSince.isBefore(start));
    }
  }

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

  public ReplicationPoint require(long id) {
    return Lookups.require(findById(id), "điểm nhân rộng", id);
  }

  public ReplicationPoint byExternalId(String externalId) {
    return find("externalId", externalId).firstResult();
  }

  public List<Place> places(Collection<Long> ids) {
    return getEntityManager()
        .createQuery(
            "select p.id, p.modelCode, p.communeCode, p.provinceCode from ReplicationPoint p where p.id in :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultStream()
        .map(r -> new Place((Long) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  public Map<Long, ReplicationPoint> byIds(Collection<Long> ids) {
    Map<Long, ReplicationPoint> result = new HashMap<>();
    if (!ids.isEmpty()) {
      list("id in ?1", ids).forEach(p -> result.put(p.id, p));
    }
    return result;
  }

  public Map<String, Long> idsByExternalId(Collection<String> externalIds) {
    Map<String, Long> result = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select p.externalId, p.id from ReplicationPoint p where p.externalId in :ids",
            Object[].class)
        .setParameter("ids", externalIds)
        .getResultStream()
        .forEach(r -> result.put((String) r[0], (Long) r[1]));
    return result;
  }

  public long countByModel(String modelCode) {
    return count("modelCode", modelCode);
  }

  /**
   * @param provinceCode null: nationwide
   * @param modelCode null: every model
   * @param coverageProvince whose communes count as covered (null: any)
   */
  public Counts countsAt(
      LocalDate asOf, String provinceCode, String modelCode, String coverageProvince) {
    Query query =
        getEntityManager()
            .createNativeQuery(
                """
        select count(*), coalesce(sum(case when status = 'ACTIVE' then 1 else 0 end), 0),
               coalesce(sum(team_count), 0), coalesce(sum(member_count), 0), coalesce(sum(core_member_count), 0),
               count(distinct case when status = 'ACTIVE' and (:coverage is null or province_code = :coverage) then commune_code end)
        from replication_point where """
                    + COUNTS_AT
                    + (provinceCode != null ? " and province_code = :province" : "")
                    + (modelCode != null ? " and model_code = :model" : ""))
            .setParameter("asOf", asOf)
            .setParameter("coverage", coverageProvince);
    if (provinceCode != null) {
      query.setParameter("province", provinceCode);
    }
    if (modelCode != null) {
      query.setParameter("model", modelCode);
    }
    Object[] r = (Object[]) query.getSingleResult();
    return new Counts(
        number(r[0]), number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5]));
  }

  /** The same counts for every province at once (core members are not compared). */
  public Map<String, Counts> countsAtByProvince(LocalDate asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select province_code, count(*), sum(case when status = 'ACTIVE' then 1 else 0 end), "
                    + "sum(team_count), sum(member_count), count(distinct case when status = 'ACTIVE' then commune_code end) "
                    + "from replication_point where "
                    + COUNTS_AT
                    + " group by province_code")
            .setParameter("asOf", asOf)
            .getResultList();
    Map<String, Counts> result = new HashMap<>();
    for (Object[] r : rows) {
      result.put(
          (String) r[0],
          new Counts(number(r[1]), number(r[2]), number(r[3]), number(r[4]), 0, number(r[5])));
    }
    return result;
  }

  public Map<String, CommuneCounts> countsAtByCommune(LocalDate asOf, String provinceCode) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select commune_code, count(distinct model_code), count(*), "
                    + "sum(case when status = 'ACTIVE' then 1 else 0 end), sum(team_count), sum(member_count) "
                    + "from replication_point where province_code = :province and "
                    + COUNTS_AT
                    + " group by commune_code")
            .setParameter("province", provinceCode)
            .setParameter("asOf", asOf)
            .getResultList();
    Map<String, CommuneCounts> result = new HashMap<>();
    for (Object[] r : rows) {
      result.put(
          (String) r[0],
          new CommuneCounts(number(r[1]), number(r[2]), number(r[3]), number(r[4]), number(r[5])));
    }
    return result;
  }

  /**
   * The points expected to report for a period: established by its end and not retired before it
   * began (a point retired during the period still owes its report), in the order lists show them
   * (province, commune, place name, id). Null filters: nationwide, every commune, every model; an
   * empty list of models: none.
   */
  public List<Expected> expectedIn(
      LocalDate start,
      LocalDate end,
      String provinceCode,
      String communeCode,
      Collection<String> modelCodes) {
    if (modelCodes != null && modelCodes.isEmpty()) {
      return List.of();
    }
    StringBuilder where =
        new StringBuilder(
            "(established_on is null or established_on <= :end)"
                + " and not (status = 'RETIRED' and status_since < :start)");
    List<String[]> filters = new ArrayList<>();
    filter(where, filters, "province_code", "province", provinceCode);
    filter(where, filters, "commune_code", "commune", communeCode);
    if (modelCodes != null) {
      where.append(" and model_code in (:models)");
    }
    Query query =
        getEntityManager()
            .createNativeQuery(
                "select id, place_name, model_code, commune_code, province_code, established_on,"
                    + " if(status = 'RETIRED', status_since, null)"
                    + " from replication_point where "
                    + where
                    + " order by province_code, commune_code, place_name, id")
            .setParameter("start", start)
            .setParameter("end", end);
    filters.forEach(f -> query.setParameter(f[0], f[1]));
    if (modelCodes != null) {
      query.setParameter("models", modelCodes);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Expected(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    date(r[5]),
                    date(r[6])))
        .toList();
  }

  private static LocalDate date(Object value) {
    return value == null
        ? null
        : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  /**
   * Ids of the active points of a scope in place before {@code from}, in the order the quiet-points
   * list shows them (province, commune, place name, id).
   */
  public List<Long> activeSinceBefore(
      LocalDate from, String provinceCode, String communeCode, String modelCode) {
    StringBuilder where =
        new StringBuilder(
            "status = 'ACTIVE' and (established_on is null or established_on < :from)");
    List<String[]> filters = new ArrayList<>();
    filter(where, filters, "province_code", "province", provinceCode);
    filter(where, filters, "commune_code", "commune", communeCode);
    filter(where, filters, "model_code", "model", modelCode);
    Query query =
        getEntityManager()
            .createNativeQuery(
                "select id from replication_point where "
                    + where
                    + " order by province_code, commune_code, place_name, id")
            .setParameter("from", from);
    filters.forEach(f -> query.setParameter(f[0], f[1]));
    @SuppressWarnings("unchecked")
    List<Number> ids = query.getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  private static void filter(
      StringBuilder where, List<String[]> filters, String column, String name, String value) {
    if (value != null && !value.isBlank()) {
      where.append(" and ").append(column).append(" = :").append(name);
      filters.add(new String[] {name, value.strip()});
    }
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
