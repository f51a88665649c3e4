package vn.antq.registry.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Rows read ahead on a second thread arrive in order, errors where the file has them, and a closed
 * reader stops.
 */
class PrefetchingRowsTest {

  /** Small batches, so that a few thousand rows cross many hand-overs. */
  private static final ImportTuning.ReadAhead TUNING =
      new ImportTuning.ReadAhead() {
        @Override
        public int batchRows() {
          return 100;
        }

        @Override
        public long batchChars() {
          return 1_000_000;
        }

        @Override
        public int batches() {
          return 4;
        }
      };

  private static RowSource prefetched(RowSource file) {
    return PrefetchingRows.of(file, TUNING);
  }

  /**
   * n rows numbered from 1; with failAt > 0, reading row failAt throws as a malformed file does.
   */
  private static final class Numbered implements RowSource {
    final long n;
    final long failAt;
    final AtomicLong read = new AtomicLong();

    Numbered(long n, long failAt) {
      this.n = n;
      this.failAt = failAt;
    }

    @Override
    public List<String> columns() {
      return List.of("value");
    }

    @Override
    public boolean hasNext() {
      return read.get() < n;
    }

    @Override
    public Row next() {
      long number = read.incrementAndGet();
      if (number == failAt) {
        throw new ImportFormatException(
            "Dòng " + number + ": dấu ngoặc kép không đóng", number, null);
      }
      return new Row(number, Map.of("value", Long.toString(number)));
    }

    @Override
    public void close() {}
  }

  @Test
  void deliversEveryRowInOrder() {
    Numbered file = new Numbered(TUNING.batchRows() * 7L + 3, 0);
    long expected = 0;
    try (RowSource rows = prefetched(file)) {
      assertEquals(List.of("value"), rows.columns());
      while (rows.hasNext()) {
        assertEquals(++expected, rows.next().number());
      }
    }
    assertEquals(TUNING.batchRows() * 7L + 3, expected);
  }

  @Test
  void anEmptyFileHasNoRows() {
    try (RowSource rows = prefetched(new Numbered(0, 0))) {
      assertFalse(rows.hasNext());
    }
  }

  @Test
  void aReadingErrorComesAfterTheRowsBeforeIt() {
    long failAt = TUNING.batchRows() * 2L + 17;
    long[] used = {0};
    try (RowSource rows = prefetched(new Numbered(failAt * 2, failAt))) {
      ImportFormatException error =
          assertThrows(
              ImportFormatException.class,
              () -> {
                while (rows.hasNext()) {
                  assertEquals(++used[0], rows.next().number());
                }
              });
      assertTrue(error.getMessage().startsWith("Dòng " + failAt), error.getMessage());
    }
    assertEquals(failAt - 1, used[0]);
  }

  @Test
  void closingEarlyStopsTheReaderWithTheFileHalfRead() throws Exception {
    Numbered file = new Numbered(10_000_000, 0);
    RowSource rows = prefetched(file);
    rows.next();
    rows.close();
    long afterClose = file.read.get();
    Thread.sleep(200);
    assertEquals(afterClose, file.read.get(), "no row is read once closed");
    assertTrue(afterClose < 10_000_000);
  }
}
