package vn.antq.registry.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.outcome.Period;

/** The 34 provinces side by side, in three grouped queries rather than 34 summaries. */
@ApplicationScoped
public class ProvinceComparison {

  @Inject RegistryClock clock;

  @Inject EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public ProvinceComparisonDto compare(Period period) {
    LocalDate asOf = AsOf.date(period, clock.today());
    Map<String, Object[]> models =
        byProvince(
            "select province_code, count(*), "
                + "sum(case when recognition_level = 'NATIONAL' and (recognized_on is null or recognized_on <= :asOf) then 1 else 0 end) "
                + "from model where "
                + AsOf.MODEL_COUNTS
                + " group by province_code",
            asOf);
    Map<String, Object[]> points =
        byProvince(
            "select province_code, count(*), sum(case when status = 'ACTIVE' then 1 else 0 end), "
                + "sum(team_count), sum(member_count), count(distinct case when status = 'ACTIVE' then commune_code end) "
                + "from replication_point where "
                + AsOf.POINT_COUNTS
                + " group by province_code",
            asOf);
    Map<String, Object[]> communes =
        byProvince("select province_code, count(*) from commune group by province_code", null);
    List<ProvinceRowDto> items = new ArrayList<>();
    @SuppressWarnings("unchecked")
    List<Object[]> provinces =
        em.createNativeQuery("select code, name from province order by name").getResultList();
    for (Object[] province : provinces) {
      String code = (String) province[0];
      Object[] m = models.getOrDefault(code, new Object[3]);
      Object[] p = points.getOrDefault(code, new Object[6]);
      long communeCount = number(communes.getOrDefault(code, new Object[2])[1]);
      long covered = number(p[5]);
      BigDecimal coverage =
          communeCount == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(covered)
                  .divide(BigDecimal.valueOf(communeCount), 4, RoundingMode.HALF_UP);
      items.add(
          new ProvinceRowDto(
              code,
              (String) province[1],
              number(m[1]),
              number(m[2]),
              number(p[1]),
              number(p[2]),
              number(p[3]),
              number(p[4]),
              communeCount,
              covered,
              coverage));
    }
    return new ProvinceComparisonDto(period == null ? null : period.id(), asOf, items);
  }

  private Map<String, Object[]> byProvince(String sql, LocalDate asOf) {
    var query = em.createNativeQuery(sql);
    if (asOf != null) {
      query.setParameter("asOf", asOf);
    }
    Map<String, Object[]> result = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      result.put((String) columns[0], columns);
    }
    return result;
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
