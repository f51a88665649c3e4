package vn.antq.registry.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.freshness.AnswerCache;
import vn.antq.registry.model.ModelRepository;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointCensus;
import vn.antq.registry.province.Province;
import vn.antq.registry.province.ProvinceRepository;

/** The 34 provinces side by side, in three grouped queries rather than 34 summaries. */
@ApplicationScoped
public class ProvinceComparison {

  @Inject RegistryClock clock;

  @Inject ProvinceRepository provinces;
  @Inject ModelRepository models;
  @Inject PointCensus points;
  @Inject CommuneRepository communes;
  @Inject AnswerCache answers;

  @Transactional(Transactional.TxType.SUPPORTS)
  public ProvinceComparisonDto compare(Period period) {
    LocalDate asOf = AsOf.date(period, clock.today());
    return answers.get(Arrays.asList("provinces", period, asOf), () -> compare(period, asOf));
  }

  private ProvinceComparisonDto compare(Period period, LocalDate asOf) {
    Map<String, ModelRepository.Counts> modelCounts = models.countsAtByProvince(asOf);
    Map<String, PointCensus.Counts> pointCounts = points.countsAtByProvince(asOf);
    Map<String, Long> communeCounts = communes.countByProvince();
    List<ProvinceRowDto> items = new ArrayList<>();
    for (Province province : provinces.byName()) {
      ModelRepository.Counts m =
          modelCounts.getOrDefault(province.code, ModelRepository.Counts.NONE);
      PointCensus.Counts p = pointCounts.getOrDefault(province.code, PointCensus.Counts.NONE);
      long communeCount = communeCounts.getOrDefault(province.code, 0L);
      items.add(
          new ProvinceRowDto(
              province.code,
              province.name,
              m.models(),
              m.national(),
              p.points(),
              p.active(),
              p.teams(),
              p.members(),
              communeCount,
              p.communes(),
              AsOf.coverage(p.communes(), communeCount)));
    }
    return new ProvinceComparisonDto(period == null ? null : period.id(), asOf, items);
  }
}
