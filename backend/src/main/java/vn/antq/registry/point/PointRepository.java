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
}
