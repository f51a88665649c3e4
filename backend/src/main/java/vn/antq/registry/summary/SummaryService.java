package vn.antq.registry.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.indicator.Indicator;
import vn.antq.registry.model.Model;
import vn.antq.registry.model.ModelService;
import vn.antq.registry.outcome.OutcomeTotals;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.province.ProvinceService;

/**
 * The national, provincial and per-model pictures: counts as of the end of the period, outcome
 * totals within it. Plain indexed aggregates over live tables, so every figure is current.
 */
@ApplicationScoped
public class SummaryService {

  @Inject RegistryClock clock;

  @Inject EntityManager em;

  @Inject OutcomeTotals totals;

  @Transactional(Transactional.TxType.SUPPORTS)
  public SummaryDto national(Period period) {
    return summarize(period, null, null, null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SummaryDto province(String code, Period period) {
    ProvinceService.require(code);
    return summarize(period, code, null, code);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SummaryDto model(String code, Period period) {
    Model model = ModelService.require(code);
    return summarize(period, null, code, model.provinceCode);
  }

  /**
   * @param provinceCode scope of models, points and outcomes (null: nationwide)
   * @param modelCode scope of one model (null: all models)
   * @param communeProvince whose communes count for coverage (null: all communes)
   */
  private SummaryDto summarize(
      Period period, String provinceCode, String modelCode, String communeProvince) {
    LocalDate asOf = AsOf.date(period, clock.today());
    Object[] models =
        single(
            nativeQuery(
                """
        select count(*), coalesce(sum(case when recognition_level = 'NATIONAL' and (recognized_on is null or recognized_on <= :asOf) then 1 else 0 end), 0)
        from model where """
                    + AsOf.MODEL_COUNTS
                    + (provinceCode != null ? " and province_code = :province" : "")
                    + (modelCode != null ? " and code = :model" : ""),
                asOf,
                provinceCode,
                modelCode,
                null));
    Object[] points =
        single(
            nativeQuery(
                """
        select count(*), coalesce(sum(case when status = 'ACTIVE' then 1 else 0 end), 0),
               coalesce(sum(team_count), 0), coalesce(sum(member_count), 0), coalesce(sum(core_member_count), 0),
               count(distinct case when status = 'ACTIVE' and (:communeProvince is null or province_code = :communeProvince) then commune_code end)
        from replication_point where """
                    + AsOf.POINT_COUNTS
                    + (provinceCode != null ? " and province_code = :province" : "")
                    + (modelCode != null ? " and model_code = :model" : ""),
                asOf,
                provinceCode,
                modelCode,
                communeProvince));
    long communeCount =
        ((Number)
                (communeProvince == null
                    ? em.createNativeQuery("select count(*) from commune").getSingleResult()
                    : em.createNativeQuery("select count(*) from commune where province_code = :p")
                        .setParameter("p", communeProvince)
                        .getSingleResult()))
            .longValue();
    long covered = number(points[5]);
    BigDecimal coverage =
        communeCount == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(covered)
                .divide(BigDecimal.valueOf(communeCount), 4, RoundingMode.HALF_UP);
    return new SummaryDto(
        period == null ? null : period.id(),
        asOf,
        number(models[0]),
        number(models[1]),
        number(points[0]),
        number(points[1]),
        number(points[2]),
        number(points[3]),
        number(points[4]),
        communeCount,
        covered,
        coverage,
        outcomes(period, provinceCode, modelCode));
  }

  private List<SummaryDto.OutcomeTotal> outcomes(
      Period period, String provinceCode, String modelCode) {
    Map<String, Indicator> indicators =
        Indicator.<Indicator>listAll().stream()
            .collect(Collectors.toMap(i -> i.code, Function.identity()));
    List<Map<String, Object>> rows =
        totals.totals(
            List.of(OutcomeTotals.Dimension.indicatorCode),
            period == null ? List.of() : List.of(period),
            new OutcomeTotals.Scope(provinceCode, null, modelCode, null, null));
    List<SummaryDto.OutcomeTotal> result = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Indicator indicator = indicators.get((String) row.get("indicatorCode"));
      result.add(
          new SummaryDto.OutcomeTotal(
              indicator.code, indicator.name, indicator.unit, (BigDecimal) row.get("value")));
    }
    result.sort(
        (a, b) ->
            Integer.compare(
                indicators.get(a.indicatorCode()).sortOrder,
                indicators.get(b.indicatorCode()).sortOrder));
    return result;
  }

  private Query nativeQuery(
      String sql, LocalDate asOf, String provinceCode, String modelCode, String communeProvince) {
    Query query = em.createNativeQuery(sql).setParameter("asOf", asOf);
    if (provinceCode != null) {
      query.setParameter("province", provinceCode);
    }
    if (modelCode != null) {
      query.setParameter("model", modelCode);
    }
    if (sql.contains(":communeProvince")) {
      query.setParameter("communeProvince", communeProvince);
    }
    return query;
  }

  private static Object[] single(Query query) {
    return (Object[]) query.getSingleResult();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
