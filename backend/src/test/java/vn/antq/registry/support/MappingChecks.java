package vn.antq.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.antq.registry.common.RecordColumns;

/**
 * The checks each entity's mapping test makes, written once: a mapping added later gets all three
 * by naming its parts, and none of them can be left out for one entity only.
 */
public final class MappingChecks {

  private MappingChecks() {}

  /**
   * Every field of a full input, written to a fresh entity and read back, comes back; the fields
   * the service sets come back null.
   */
  public static <E, I extends Record> void roundTrips(
      Class<I> inputType,
      Supplier<E> entity,
      BiConsumer<E, I> update,
      Function<E, I> toInput,
      List<String> serviceOwned) {
    I input = SampleRecords.full(inputType, 0);
    E written = entity.get();
    update.accept(written, input);
    SampleRecords.assertCarried(input, toInput.apply(written), serviceOwned);
  }

  /**
   * The exported columns are {@code leading} and then every input field, in order, and the DTO has
   * a component for each.
   */
  public static void exportsEveryInputField(
      List<String> exported,
      List<String> leading,
      Class<? extends Record> inputType,
      Class<? extends Record> dtoType) {
    List<String> expected = new ArrayList<>(leading);
    expected.addAll(SampleRecords.components(inputType));
    assertThat(exported).containsExactlyElementsOf(expected);
    assertThat(RecordColumns.of(dtoType, exported).header()).isEqualTo(exported);
  }

  /**
   * A change to any one field of {@code same} is a change to {@code stored}, except the fields the
   * service owns.
   */
  public static <E, I extends Record> void everyFieldCounts(
      BiPredicate<E, I> unchangedBy, E stored, I same, List<String> serviceOwned) {
    for (String field : SampleRecords.components(same.getClass())) {
      assertThat(unchangedBy.test(stored, SampleRecords.changed(same, field)))
          .as(field)
          .isEqualTo(serviceOwned.contains(field));
    }
  }
}
