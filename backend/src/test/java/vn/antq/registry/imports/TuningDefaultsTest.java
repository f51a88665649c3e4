package vn.antq.registry.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.antq.registry.outcome.OutcomeTuning;

/**
 * The tunables' defaults are the values the API description promises (20.000 rows, 10.000 values)
 * and the memory bounds of reading ahead and chunking rows.
 */
@QuarkusTest
class TuningDefaultsTest {

  @Inject ImportTuning imports;
  @Inject OutcomeTuning outcomes;

  @Test
  void defaultsAreTheDocumentedValues() {
    assertEquals(20_000, imports.backgroundRows());
    assertEquals(1_000, imports.readAhead().batchRows());
    assertEquals(1_000_000, imports.readAhead().batchChars());
    assertEquals(4, imports.readAhead().batches());
    assertEquals(1_000, imports.chunk().rows());
    assertEquals(4_000_000, imports.chunk().chars());
    assertEquals(10_000, outcomes.maxBatch());
    assertEquals(2_000, outcomes.importChunk());
  }
}
