package vn.antq.registry.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.common.Sorting;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.province.ProvinceService;

/**
 * The communes of one province with what is replicated in each: the province page's coverage table.
 */
@ApplicationScoped
public class CommuneBreakdown {

  @Inject RegistryClock clock;

  /** Sort keys offered to clients, and the SQL they stand for. */
  private static final Map<String, String> SORTS =
      Map.of(
          "communeName",
          "c.name",
          "communeCode",
          "c.code",
          "modelCount",
          "model_count",
          "pointCount",
          "point_count",
          "activePointCount",
          "active_count",
          "teamCount",
          "team_count",
          "memberCount",
          "member_count");

  @Inject EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<CommuneRowDto> list(String provinceCode, Period period, PageParams paging) {
    if (provinceCode == null || provinceCode.isBlank()) {
      throw ProblemException.badRequest(
          "provinceCode", "Cần mã tỉnh 2 chữ số (provinceCode is required)");
    }
    ProvinceService.require(provinceCode);
    PageParams.Checked page = paging.check();
    // Ties (many communes without points) fall back to the name, so pages never overlap.
    String order = Sorting.orderBy(paging.sort, SORTS, "communeName") + ", c.name, c.code";
    LocalDate asOf = AsOf.date(period, clock.today());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
        select c.code, c.name, coalesce(p.model_count, 0) model_count, coalesce(p.point_count, 0) point_count,
               coalesce(p.active_count, 0) active_count, coalesce(p.team_count, 0) team_count, coalesce(p.member_count, 0) member_count
        from commune c left join (
          select commune_code, count(distinct model_code) model_count, count(*) point_count,
                 sum(case when status = 'ACTIVE' then 1 else 0 end) active_count, sum(team_count) team_count, sum(member_count) member_count
          from replication_point where province_code = :province and """
                    + AsOf.POINT_COUNTS
                    + """
           group by commune_code) p on p.commune_code = c.code
        where c.province_code = :province order by """
                    + " "
                    + order)
            .setParameter("province", provinceCode)
            .setParameter("asOf", asOf)
            .setFirstResult(page.page() * page.size())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        ((Number)
                em.createNativeQuery("select count(*) from commune where province_code = :province")
                    .setParameter("province", provinceCode)
                    .getSingleResult())
            .longValue();
    List<CommuneRowDto> items =
        rows.stream()
            .map(
                r ->
                    new CommuneRowDto(
                        (String) r[0],
                        (String) r[1],
                        ProvinceComparison.number(r[2]),
                        ProvinceComparison.number(r[3]),
                        ProvinceComparison.number(r[4]),
                        ProvinceComparison.number(r[5]),
                        ProvinceComparison.number(r[6]),
                        ProvinceComparison.number(r[4]) > 0))
            .toList();
    return new PageResult<>(items, page.page(), page.size(), total);
  }
}
