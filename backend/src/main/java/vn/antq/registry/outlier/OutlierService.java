package vn.antq.registry.outlier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.outcome.Outcome;
import vn.antq.registry.outcome.OutcomeRepository;
import vn.antq.registry.outcome.OutcomeRepository.KeyedValue;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.outlier.OutlierScoring.Verdict;

/**
 * The outliers of a scope and period: its values, then the histories of all of them in one query
 * (those units × indicators × the 12 previous periods of the same type), judged in memory and
 * listed most severe first. Current the moment a value is saved: nothing is precomputed.
 */
@ApplicationScoped
public class OutlierService {

  @Inject OutcomeRepository outcomes;
  @Inject OutlierBoundRepository bounds;
  @Inject FollowUpService followUps;

  /** The list's filters; null: not filtered (the period is required). */
  public record Filter(
      Period period, String indicatorCode, String provinceCode, String communeCode, Long pointId) {}

  private record Found(Outcome value, Verdict verdict, List<OutlierDto.HistoryValue> history) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<OutlierDto> list(Filter filter, PageParams paging) {
    PageParams.Checked page = paging.check();
    if (filter.period() == null) {
      throw ProblemException.badRequest(
          "period", "Cần kỳ báo cáo, vd. period=202403 (period is required)");
    }
    List<Outcome> values =
        outcomes.inPeriod(
            filter.period().id(),
            filter.indicatorCode(),
            filter.provinceCode(),
            filter.communeCode(),
            filter.pointId());
    List<String> earlier = earlierPeriods(filter.period()); // newest first
    Map<String, Map<String, BigDecimal>> histories = histories(values, earlier);
    Set<String> indicators = new LinkedHashSet<>();
    values.forEach(v -> indicators.add(v.indicatorCode));
    Map<String, OutlierBound> limits = bounds.of(indicators);
    List<Found> found = new ArrayList<>();
    for (Outcome value : values) {
      Map<String, BigDecimal> byPeriod =
          histories.getOrDefault(key(value.unitKey, value.indicatorCode), Map.of());
      List<OutlierDto.HistoryValue> history = new ArrayList<>();
      List<Double> numbers = new ArrayList<>();
      for (int i = earlier.size() - 1; i >= 0; i--) {
        BigDecimal past = byPeriod.get(earlier.get(i));
        if (past != null) {
          history.add(new OutlierDto.HistoryValue(earlier.get(i), Plain.of(past)));
          numbers.add(past.doubleValue());
        }
      }
      OutlierBound limit = limits.get(value.indicatorCode);
      OutlierScoring.judge(
              value.value.doubleValue(),
              numbers,
              limit == null || limit.min == null ? null : limit.min.doubleValue(),
              limit == null || limit.max == null ? null : limit.max.doubleValue())
          .ifPresent(verdict -> found.add(new Found(value, verdict, history)));
    }
    found.sort(
        Comparator.comparingDouble((Found f) -> -f.verdict().severity())
            .thenComparing(f -> f.value().id));
    int from = (int) Math.min((long) page.page() * page.size(), found.size());
    List<Found> shown = found.subList(from, Math.min(found.size(), from + page.size()));
    Map<Long, FollowUp> marks = followUps.of(shown.stream().map(f -> f.value().id).toList());
    List<OutlierDto> items = shown.stream().map(f -> dto(f, marks.get(f.value().id))).toList();
    return new PageResult<>(items, page.page(), page.size(), found.size());
  }

  /** The up to 12 periods of the same type before {@code period}, newest first. */
  static List<String> earlierPeriods(Period period) {
    List<String> ids = new ArrayList<>();
    Period current = period;
    for (int i = 0; i < OutlierScoring.MAX_HISTORY; i++) {
      try {
        current = current.previous();
      } catch (java.util.NoSuchElementException e) {
        break; // before the first year a period can name (1990): no more history
      }
      ids.add(current.id());
    }
    return ids;
  }

  private Map<String, Map<String, BigDecimal>> histories(
      List<Outcome> values, List<String> periods) {
    Set<String> units = new LinkedHashSet<>();
    Set<String> indicators = new LinkedHashSet<>();
    for (Outcome value : values) {
      units.add(value.unitKey);
      indicators.add(value.indicatorCode);
    }
    Map<String, Map<String, BigDecimal>> result = new HashMap<>();
    for (KeyedValue past : outcomes.valuesOf(units, indicators, periods)) {
      result
          .computeIfAbsent(key(past.unitKey(), past.indicatorCode()), k -> new HashMap<>())
          .put(past.period(), past.value());
    }
    return result;
  }

  private static String key(String unitKey, String indicatorCode) {
    return indicatorCode + "|" + unitKey;
  }

  private static OutlierDto dto(Found found, FollowUp mark) {
    Outcome v = found.value();
    Verdict verdict = found.verdict();
    return new OutlierDto(
        v.id,
        v.indicatorCode,
        v.period,
        v.unitType,
        v.unitKey,
        v.pointId,
        v.modelCode,
        v.communeCode,
        v.provinceCode,
        Plain.of(v.value),
        verdict.method(),
        Plain.significant(verdict.score()),
        Plain.rounded(verdict.median()),
        Plain.rounded(verdict.mad()),
        Plain.rounded(verdict.lowerBound()),
        Plain.rounded(verdict.upperBound()),
        found.history(),
        FollowUpMarkDto.from(mark));
  }
}
