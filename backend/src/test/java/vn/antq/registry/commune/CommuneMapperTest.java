package vn.antq.registry.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.common.RecordColumns;
import vn.antq.registry.support.SampleRecords;

/**
 * One mapping per commune: every input field reaches the entity and is read back, is an import and
 * an export column, and changes what an import counts as unchanged.
 */
class CommuneMapperTest {

  /** The key: given on create, never changed by an update. */
  private static final List<String> SERVICE_OWNED = List.of("code");

  private final CommuneMapper mapper = new CommuneMapperImpl();

  @Test
  void everyInputFieldReachesTheCommuneAndComesBack() {
    CommuneInput input = SampleRecords.full(CommuneInput.class, 0);
    Commune commune = new Commune();
    mapper.update(commune, input);
    CommuneInput back = mapper.toInput(commune);
    SampleRecords.assertCarried(input, back, SERVICE_OWNED);
  }

  @Test
  void everyInputFieldIsAnImportAndExportColumn() {
    assertThat(CommuneImporter.COLUMNS.exported())
        .containsExactlyElementsOf(SampleRecords.components(CommuneInput.class));
    assertThat(RecordColumns.of(CommuneDto.class, CommuneImporter.COLUMNS.exported()).header())
        .isEqualTo(CommuneImporter.COLUMNS.exported());
  }

  @Test
  void aFileRowIsUnchangedOnlyWhenNoFieldChanges() {
    Commune commune = new Commune();
    commune.code = "03589";
    mapper.update(commune, SampleRecords.full(CommuneInput.class, 0));
    CommuneInput same = mapper.toInput(commune);
    assertThat(mapper.unchangedByFile(commune, same)).isTrue();
    // A flag without a column keeps what is stored; the default full name is no change.
    assertThat(mapper.unchangedByFile(commune, SampleRecords.with(same, "border", null))).isTrue();
    commune.fullName = "Xã " + commune.name;
    same = mapper.toInput(commune);
    assertThat(mapper.unchangedByFile(commune, SampleRecords.with(same, "fullName", null)))
        .isTrue();
    for (String field : SampleRecords.components(CommuneInput.class)) {
      assertThat(mapper.unchangedByFile(commune, SampleRecords.changed(same, field)))
          .as(field)
          .isEqualTo(SERVICE_OWNED.contains(field));
    }
  }
}
