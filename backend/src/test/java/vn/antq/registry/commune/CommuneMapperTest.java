package vn.antq.registry.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.MappingChecks;
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
    MappingChecks.roundTrips(
        CommuneInput.class, Commune::new, mapper::update, mapper::toInput, SERVICE_OWNED);
  }

  @Test
  void everyInputFieldIsAnImportAndExportColumn() {
    MappingChecks.exportsEveryInputField(
        CommuneImporter.COLUMNS.exported(), List.of(), CommuneInput.class, CommuneDto.class);
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
    MappingChecks.everyFieldCounts(mapper::unchangedByFile, commune, same, SERVICE_OWNED);
  }
}
