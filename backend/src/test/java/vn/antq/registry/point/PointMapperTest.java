package vn.antq.registry.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.MappingChecks;
import vn.antq.registry.support.SampleRecords;

/**
 * One mapping per replication point: every input field reaches the entity and is read back, is an
 * import and an export column, and changes what an import counts as unchanged.
 */
class PointMapperTest {

  /** What the service decides, not the mapping: the date of a status change. */
  private static final List<String> SERVICE_OWNED = List.of("statusSince");

  private final PointMapper mapper = new PointMapperImpl();

  @Test
  void everyInputFieldReachesThePointAndComesBack() {
    MappingChecks.roundTrips(
        PointInput.class, ReplicationPoint::new, mapper::update, mapper::toInput, SERVICE_OWNED);
  }

  @Test
  void everyInputFieldIsAnImportAndExportColumn() {
    MappingChecks.exportsEveryInputField(
        PointImporter.COLUMNS.exported(), List.of("id"), PointInput.class, PointDto.class);
  }

  @Test
  void anImportIsUnchangedOnlyWhenNoFieldChanges() {
    ReplicationPoint point = new ReplicationPoint();
    mapper.update(point, SampleRecords.full(PointInput.class, 0));
    PointInput same = mapper.toInput(point);
    assertThat(mapper.unchangedBy(point, same)).isTrue();
    // The clean-up PUT applies: padding, a missing count, a longer coordinate are no change.
    assertThat(
            mapper.unchangedBy(
                point, SampleRecords.with(same, "placeName", " " + point.placeName + "  ")))
        .isTrue();
    assertThat(
            mapper.unchangedBy(
                point,
                SampleRecords.with(
                    same, "latitude", point.latitude.add(new BigDecimal("0.0000001")))))
        .isTrue();
    point.teamCount = 0;
    assertThat(mapper.unchangedBy(point, SampleRecords.with(same, "teamCount", null))).isTrue();
    point.teamCount = same.teamCount();
    assertThat(mapper.unchangedBy(point, SampleRecords.with(same, "status", null))).isTrue();
    MappingChecks.everyFieldCounts(mapper::unchangedBy, point, same, SERVICE_OWNED);
  }

  @Test
  void leadersAreShownOnlyWithinTheUnit() {
    ReplicationPoint point = new ReplicationPoint();
    mapper.update(point, SampleRecords.full(PointInput.class, 0));
    PointDto outside = mapper.toDto(point, false);
    assertThat(outside.leaderName()).isNull();
    assertThat(outside.leaderPhone()).isNull();
    assertThat(outside.leaderHidden()).isTrue();
    PointDto inside = mapper.toDto(point, true);
    assertThat(inside.leaderName()).isEqualTo(point.leaderName);
    assertThat(inside.leaderHidden()).isFalse();
  }
}
