package vn.antq.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RowChunkTest {

  @Test
  void isFullAtItsRowCountOrSoonerAtItsCharacterCount() {
    RowChunk byRows = new RowChunk(3, 4_000_000);
    assertThat(byRows.add(row("a"))).isFalse();
    assertThat(byRows.add(row("b"))).isFalse();
    assertThat(byRows.add(row("c"))).isTrue();

    long maxChars = 4_000_000;
    RowChunk byChars = new RowChunk(1000, maxChars);
    String longCell = "x".repeat(1_000_000);
    int added = 0;
    boolean full = false;
    while (!full) {
      full = byChars.add(row(longCell));
      added++;
    }
    assertThat(added).isEqualTo((int) (maxChars / longCell.length()));
    byChars.clear();
    assertThat(byChars.isEmpty()).isTrue();
    assertThat(byChars.add(row("short"))).as("cleared, it counts from zero").isFalse();
  }

  private static Row row(String cell) {
    return new Row(1, Map.of("name", cell));
  }
}
