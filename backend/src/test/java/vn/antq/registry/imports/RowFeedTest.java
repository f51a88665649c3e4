package vn.antq.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The loop pieces importers share: chunked reading with progress, and duplicate keys. */
class RowFeedTest {

  @Test
  void feedsFullChunksWithProgressThenTheRest() {
    List<Long> progress = new ArrayList<>();
    ImportReport report = new ImportReport(false, ImportMode.ATOMIC, progress::add);
    List<Integer> chunks = new ArrayList<>();

    boolean rest =
        RowChunk.feed(rows(7), 3, Long.MAX_VALUE, report, chunk -> chunks.add(chunk.size()));

    assertThat(chunks).containsExactly(3, 3, 1);
    assertThat(progress).as("after each full chunk only").containsExactly(3L, 6L);
    assertThat(report.rows).isEqualTo(7);
    assertThat(rest).isTrue();
  }

  @Test
  void saysWhenNoPartialChunkWasLeft() {
    List<Long> progress = new ArrayList<>();
    ImportReport report = new ImportReport(false, ImportMode.ATOMIC, progress::add);
    List<Integer> chunks = new ArrayList<>();

    assertThat(RowChunk.feed(rows(6), 3, Long.MAX_VALUE, report, chunk -> chunks.add(chunk.size())))
        .isFalse();
    assertThat(chunks).containsExactly(3, 3);
    assertThat(progress).containsExactly(3L, 6L);
  }

  @Test
  void aRepeatedKeyRejectsTheLaterRowNamingTheFirst() {
    ImportReport report = new ImportReport(false, ImportMode.PARTIAL, processed -> {});
    KeyTracker seen = new KeyTracker();

    assertThat(seen.repeated("12", 2, report, "code", "12", "Mã xã")).isFalse();
    assertThat(seen.repeated("12", 5, report, "code", "12", "Mã xã")).isTrue();

    ImportResult result = report.result();
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(result.conflicts())
        .containsExactly(
            new ImportConflict(5, "code", "12", "Mã xã trùng với dòng 2 (duplicate of row 2)"));
  }

  private static RowSource rows(long n) {
    Iterator<Row> rows =
        LongStream.rangeClosed(1, n).mapToObj(i -> new Row(i, Map.of("v", "x"))).iterator();
    return new RowSource() {
      @Override
      public List<String> columns() {
        return List.of("v");
      }

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return rows.next();
      }

      @Override
      public void close() {}
    };
  }
}
