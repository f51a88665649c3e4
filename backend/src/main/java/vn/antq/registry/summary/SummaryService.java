package vn.antq.registry.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.freshness.AnswerCache;
import vn.antq.registry.indicator.IndicatorLabel;
import vn.antq.registry.indicator.IndicatorRepository;
import vn.antq.registry.model.Model;
import vn.antq.registry.model.ModelRepository;
import vn.antq.registry.outcome.OutcomeTotals;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointCensus;
import vn.antq.registry.province.ProvinceRepository;

/**
 * The national, provincial and per-model pictures: counts as of the end of the period, outcome
 * totals within it. Plain indexed aggregates over live tables, so every figure is current.
 */
@ApplicationScoped
public class SummaryService {

  @Inject RegistryClock clock;

  @Inject ProvinceRepository provinces;
  @Inject ModelRepository models;
  @Inject PointCensus points;
  @Inject CommuneRepository communes;
  @Inject IndicatorRepository indicators;

  @Inject OutcomeTotals totals;
  @Inject AnswerCache answers;

  @Transactional(Transactional.TxType.SUPPORTS)
  public SummaryDto national(Period period) {
    return kept("national", period, null, () -> summarize(period, null, null, null));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SummaryDto province(String code, Period period) {
    return kept(
        "province",
        period,
        code,
        () -> {
          provinces.require(code);
          return summarize(period, code, null, code);
        });
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SummaryDto model(String code, Period period) {
    return kept(
        "model",
        period,
        code,
        () -> {
          Model model = models.require(code);
          return summarize(period, null, code, model.provinceCode);
        });
  }

  /** The answer kept for this data generation, keyed by what it depends on (today included). */
  private SummaryDto kept(String kind, Period period, String code, Supplier<SummaryDto> compute) {
    LocalDate asOf = AsOf.date(period, clock.today());
    return answers.get(Arrays.asList(kind, period, code, asOf), compute);
  }

  /**
   * @param provinceCode scope of models, points and outcomes (null: nationwide)
   * @param modelCode scope of one model (null: all models)
   * @param communeProvince whose communes count for coverage (null: all communes)
   */
  private SummaryDto summarize(
      Period period, String provinceCode, String modelCode, String communeProvince) {
    LocalDate asOf = AsOf.date(period, clock.today());
    ModelRepository.Counts modelCounts = models.countsAt(asOf, provinceCode, modelCode);
    PointCensus.Counts pointCounts =
        points.countsAt(asOf, provinceCode, modelCode, communeProvince);
    long communeCount = communes.countIn(communeProvince);
    long covered = pointCounts.communes();
    BigDecimal coverage = AsOf.coverage(covered, communeCount);
    return new SummaryDto(
        period == null ? null : period.id(),
        asOf,
        modelCounts.models(),
        modelCounts.national(),
        pointCounts.points(),
        pointCounts.active(),
        pointCounts.teams(),
        pointCounts.members(),
        pointCounts.coreMembers(),
        communeCount,
        covered,
        coverage,
        outcomes(period, provinceCode, modelCode));
  }

  private List<SummaryDto.OutcomeTotal> outcomes(
      Period period, String provinceCode, String modelCode) {
    List<Map<String, Object>> rows =
        totals.totals(
            List.of(OutcomeTotals.Dimension.indicatorCode),
            period == null ? List.of() : List.of(period),
            new OutcomeTotals.Scope(provinceCode, null, modelCode, null, null));
    Map<String, BigDecimal> byCode = new HashMap<>();
    for (Map<String, Object> row : rows) {
      byCode.put((String) row.get("indicatorCode"), (BigDecimal) row.get("value"));
    }
    // Labels come in display order: the totals follow it.
    List<SummaryDto.OutcomeTotal> result = new ArrayList<>(byCode.size());
    for (IndicatorLabel label : indicators.labels()) {
      BigDecimal value = byCode.get(label.code());
      if (value != null) {
        result.add(new SummaryDto.OutcomeTotal(label.code(), label.name(), label.unit(), value));
      }
    }
    return result;
  }
}
