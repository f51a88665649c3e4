package vn.antq.registry.point;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.outcome.Period;

/**
 * Points gone quiet: active, in place for the whole of the last two complete periods of a type, and
 * with no outcome value of their own reported for any period inside those two.
 */
@ApplicationScoped
public class QuietPoints {

  @Inject EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public QuietPointsDto list(
      Period.Type type,
      LocalDate today,
      String provinceCode,
      String communeCode,
      String modelCode,
      PageParams paging) {
    PageParams.Checked page = paging.check();
    Period last = Period.containing(type, today).previous();
    Period first = last.previous();
    StringBuilder where =
        new StringBuilder(
            "p.status = 'ACTIVE' and (p.established_on is null or p.established_on < :from) "
                + "and not exists (select 1 from outcome o where o.point_id = p.id and o.period_start >= :from and o.period_end <= :to)");
    List<String[]> filters = new ArrayList<>();
    filter(where, filters, "p.province_code", "province", provinceCode);
    filter(where, filters, "p.commune_code", "commune", communeCode);
    filter(where, filters, "p.model_code", "model", modelCode);
    Query rows =
        em.createNativeQuery(
            "select p.id, p.external_id, p.place_name, p.model_code, p.commune_code, p.province_code, "
                + "p.established_on, p.team_count, p.member_count, (select o.period from outcome o where o.point_id = p.id "
                + "order by o.period_end desc, o.period_start desc limit 1) from replication_point p where "
                + where
                + " order by p.province_code, p.commune_code, p.place_name, p.id");
    Query count = em.createNativeQuery("select count(*) from replication_point p where " + where);
    for (Query query : List.of(rows, count)) {
      query.setParameter("from", first.start()).setParameter("to", last.end());
      filters.forEach(f -> query.setParameter(f[0], f[1]));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> result =
        rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
    List<QuietPointDto> items =
        result.stream()
            .map(
                r ->
                    new QuietPointDto(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        date(r[6]),
                        number(r[7]),
                        number(r[8]),
                        (String) r[9]))
            .toList();
    long total = ((Number) count.getSingleResult()).longValue();
    return new QuietPointsDto(
        List.of(first.id(), last.id()), items, page.page(), page.size(), total);
  }

  private static void filter(
      StringBuilder where, List<String[]> filters, String column, String name, String value) {
    if (value != null && !value.isBlank()) {
      where.append(" and ").append(column).append(" = :").append(name);
      filters.add(new String[] {name, value.strip()});
    }
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }
}
