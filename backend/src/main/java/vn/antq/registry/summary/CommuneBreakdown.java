package vn.antq.registry.summary;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.common.Sorting;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.freshness.AnswerCache;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointCensus;
import vn.antq.registry.province.ProvinceRepository;

/**
 * The communes of one province with what is replicated in each: the province page's coverage table.
 * A province has at most a few hundred communes, so their rows are joined and sorted here; names
 * sort by the rank the database's collation gives them.
 */
@ApplicationScoped
public class CommuneBreakdown {

  private record Line(CommuneRepository.Ranked commune, PointCensus.CommuneCounts counts) {}

  /** Sort keys offered to clients, each with the figure it orders by. */
  private static final Map<String, ToLongFunction<Line>> KEYS =
      Map.of(
          "communeName", l -> l.commune().nameRank(),
          "communeCode", l -> Long.parseLong(l.commune().code()),
          "modelCount", l -> l.counts().models(),
          "pointCount", l -> l.counts().points(),
          "activePointCount", l -> l.counts().active(),
          "teamCount", l -> l.counts().teams(),
          "memberCount", l -> l.counts().members());

  private static final Map<String, String> SORTS =
      Map.of(
          "communeName", "communeName",
          "communeCode", "communeCode",
          "modelCount", "modelCount",
          "pointCount", "pointCount",
          "activePointCount", "activePointCount",
          "teamCount", "teamCount",
          "memberCount", "memberCount");

  @Inject RegistryClock clock;
  @Inject ProvinceRepository provinces;
  @Inject CommuneRepository communes;
  @Inject PointCensus points;
  @Inject AnswerCache answers;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<CommuneRowDto> list(String provinceCode, Period period, PageParams paging) {
    if (provinceCode == null || provinceCode.isBlank()) {
      throw ProblemException.badRequest(
          "provinceCode", "Cần mã tỉnh 2 chữ số (provinceCode is required)");
    }
    PageParams.Checked page = paging.check();
    Sort sort = Sorting.parse(paging.sort, SORTS, "communeName");
    LocalDate asOf = AsOf.date(period, clock.today());
    return answers.get(
        Arrays.asList("communes", provinceCode, asOf, page, paging.sort),
        () -> {
          provinces.require(provinceCode);
          return list(provinceCode, asOf, page, order(sort));
        });
  }

  private PageResult<CommuneRowDto> list(
      String provinceCode, LocalDate asOf, PageParams.Checked page, Comparator<Line> order) {
    Map<String, PointCensus.CommuneCounts> counts = points.countsAtByCommune(asOf, provinceCode);
    List<Line> lines = new ArrayList<>();
    for (CommuneRepository.Ranked commune : communes.rankedByName(provinceCode)) {
      lines.add(
          new Line(commune, counts.getOrDefault(commune.code(), PointCensus.CommuneCounts.NONE)));
    }
    lines.sort(order);
    int from = (int) Math.min(lines.size(), (long) page.page() * page.size());
    List<CommuneRowDto> items =
        lines.subList(from, Math.min(lines.size(), from + page.size())).stream()
            .map(
                l ->
                    new CommuneRowDto(
                        l.commune().code(),
                        l.commune().name(),
                        l.counts().models(),
                        l.counts().points(),
                        l.counts().active(),
                        l.counts().teams(),
                        l.counts().members(),
                        l.counts().active() > 0))
            .toList();
    return new PageResult<>(items, page.page(), page.size(), lines.size());
  }

  /** The requested keys, then name and code: ties (many communes without points) never overlap. */
  private static Comparator<Line> order(Sort sort) {
    Comparator<Line> order = null;
    for (Sort.Column column : sort.getColumns()) {
      Comparator<Line> key = Comparator.comparingLong(KEYS.get(column.getName()));
      if (column.getDirection() == Sort.Direction.Descending) {
        key = key.reversed();
      }
      order = order == null ? key : order.thenComparing(key);
    }
    return order
        .thenComparingLong(l -> l.commune().nameRank())
        .thenComparing(l -> l.commune().code());
  }
}
