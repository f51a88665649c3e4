package vn.antq.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.MappingChecks;
import vn.antq.registry.support.SampleRecords;

/**
 * One mapping per model: every input field reaches the entity and is read back, is an import and an
 * export column, and changes what an import counts as unchanged.
 */
class ModelMapperTest {

  /** What the service decides, not the mapping: the code it draws, the date of a status change. */
  private static final List<String> SERVICE_OWNED = List.of("code", "statusSince");

  private final ModelMapper mapper = new ModelMapperImpl();

  @Test
  void everyInputFieldReachesTheModelAndComesBack() {
    MappingChecks.roundTrips(
        ModelInput.class, Model::new, mapper::update, mapper::toInput, SERVICE_OWNED);
  }

  @Test
  void everyInputFieldIsAnImportAndExportColumn() {
    MappingChecks.exportsEveryInputField(
        ModelImporter.COLUMNS.exported(), List.of(), ModelInput.class, ModelDto.class);
  }

  @Test
  void anImportIsUnchangedOnlyWhenNoFieldChanges() {
    Model model = new Model();
    model.code = "LCU-DHTQ";
    mapper.update(model, SampleRecords.full(ModelInput.class, 0));
    ModelInput same = mapper.toInput(model);
    assertThat(mapper.unchangedBy(model, same)).isTrue();
    // The clean-up PUT applies: padding is no change.
    assertThat(mapper.unchangedBy(model, SampleRecords.with(same, "name", "  " + model.name + " ")))
        .isTrue();
    // No status in a file keeps the status.
    assertThat(mapper.unchangedBy(model, SampleRecords.with(same, "status", null))).isTrue();
    MappingChecks.everyFieldCounts(mapper::unchangedBy, model, same, SERVICE_OWNED);
  }
}
