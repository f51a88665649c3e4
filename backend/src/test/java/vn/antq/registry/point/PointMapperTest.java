package vn.antq.registry.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.common.RecordColumns;
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
    PointInput input = SampleRecords.full(PointInput.class, 0);
    ReplicationPoint point = new ReplicationPoint();
    mapper.update(point, input);
    PointInput back = mapper.toInput(point);
    SampleRecords.assertCarried(input, back, SERVICE_OWNED);
  }

  @Test
  void everyInputFieldIsAnImportAndExportColumn() {
    List<String> expected = new ArrayList<>(List.of("id"));
    expected.addAll(SampleRecords.components(PointInput.class));
    assertThat(PointImporter.COLUMNS.exported()).containsExactlyElementsOf(expected);
    assertThat(RecordColumns.of(PointDto.class, PointImporter.COLUMNS.exported()).header())
        .isEqualTo(PointImporter.COLUMNS.exported());
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
    for (String field : SampleRecords.components(PointInput.class)) {
      assertThat(mapper.unchangedBy(point, SampleRecords.changed(same, field)))
          .as(field)
          .isEqualTo(SERVICE_OWNED.contains(field));
    }
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
