package vn.antq.registry.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.outcome.OutcomeRepository;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointRepository;
import vn.antq.registry.point.ReplicationPoint;

/**
 * Points gone quiet: active, in place for the whole of the last two complete periods of a type, and
 * with no outcome value of their own reported for any period inside those two. The candidates come
 * from the points, the reporters from the values; the difference is taken here, in the list's
 * order, so neither feature reads the other's table.
 */
@ApplicationScoped
public class QuietPoints {

  @Inject PointRepository points;
  @Inject OutcomeRepository outcomes;

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
    Set<Long> reported =
        outcomes.pointsReportedWithin(
            first.start(), last.end(), clean(provinceCode), clean(communeCode), clean(modelCode));
    List<Long> quiet =
        points
            .activeSinceBefore(
                first.start(), clean(provinceCode), clean(communeCode), clean(modelCode))
            .stream()
            .filter(id -> !reported.contains(id))
            .toList();
    int from = (int) Math.min(quiet.size(), (long) page.page() * page.size());
    List<Long> shown = quiet.subList(from, Math.min(quiet.size(), from + page.size()));
    Map<Long, ReplicationPoint> rows = points.byIds(shown);
    Map<Long, String> latest = outcomes.latestPeriods(shown);
    List<QuietPointDto> items =
        shown.stream()
            .map(rows::get)
            .map(
                p ->
                    new QuietPointDto(
                        p.id,
                        p.externalId,
                        p.placeName,
                        p.modelCode,
                        p.communeCode,
                        p.provinceCode,
                        p.establishedOn,
                        p.teamCount,
                        p.memberCount,
                        latest.get(p.id)))
            .toList();
    return new QuietPointsDto(
        List.of(first.id(), last.id()), items, page.page(), page.size(), quiet.size());
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
