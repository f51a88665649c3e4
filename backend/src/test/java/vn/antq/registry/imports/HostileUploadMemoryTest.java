package vn.antq.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;

/**
 * Hostile uploads are refused without the process growing: the API runs in this JVM, so its heap
 * and resident memory are this test's. Before the limits, the workbook below (a 300 MB cell behind
 * a zip that declares 1 KiB) was read whole and echoed: a 931 MB answer, and the API's memory went
 * from 1 GiB to 5 GiB.
 */
@QuarkusTest
class HostileUploadMemoryTest extends SignedIn {

  private static final long MiB = 1 << 20;

  /**
   * The cell the hostile files carry: far above every bound below, so a reader that held it would
   * fail them.
   */
  private static final long CELL = 300 * MiB;

  private static final long HEAP_AFTER_GC_BOUND = 64 * MiB;
  private static final long OLD_GENERATION_PEAK_BOUND = 128 * MiB;
  private static final long RSS_BOUND = 256 * MiB;

  @Test
  void hostileUploadsAreRefusedWithinTheMemoryBounds() throws Exception {
    byte[] lying = Uploads.lyingWorkbook(Uploads.HEADERS.get("outcomes").split(","), CELL);
    assertThat(lying.length)
        .as("the hostile workbook is small: the cell is deflated")
        .isLessThan((int) (4 * MiB));
    String header = Uploads.HEADERS.get("outcomes");

    long heapBefore = heapAfterGc();
    long rssBefore = rss();
    resetPeaks();
    long oldBefore = oldGenerationUsed();

    refused(
        Uploads.post("outcomes", Uploads.XLSX, lying),
        "an xlsx whose 300 MB cell the zip declares as 1 KiB");
    refused(
        Uploads.post(
            "models",
            "text/csv",
            Uploads.generated(Uploads.HEADERS.get("models") + "\n", CELL, (byte) 'c', ",x,x,x\n")),
        "a CSV with a 300 MB cell");
    refused(
        Uploads.post("outcomes", "text/csv", Uploads.generated("", CELL, (byte) 'h', "\n")),
        "a CSV whose header line is 300 MB");
    refused(
        Uploads.post(
            "outcomes",
            "application/json",
            Uploads.generated("[{\"indicatorCode\": \"", CELL, (byte) 'j', "\"}]")),
        "a JSON string of 300 MB");
    refused(
        Uploads.post(
            "outcomes", "text/csv", Uploads.generated(header + "\n", CELL, (byte) ',', "\n")),
        "a CSV line of 300 million fields");

    long oldPeak = oldGenerationPeak();
    long heapAfter = heapAfterGc();
    long rssAfter = rss();
    assertThat(heapAfter - heapBefore)
        .as("heap used after GC grew by")
        .isLessThan(HEAP_AFTER_GC_BOUND);
    if (oldBefore >= 0) {
      // a 300 MB string is one array, allocated straight in the old generation: its peak would show
      // it
      assertThat(oldPeak - oldBefore)
          .as("old generation peak grew by")
          .isLessThan(OLD_GENERATION_PEAK_BOUND);
    }
    if (rssBefore > 0) {
      assertThat(rssAfter - rssBefore).as("resident memory (VmRSS) grew by").isLessThan(RSS_BOUND);
    }
  }

  private static void refused(HttpResponse<byte[]> response, String what) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.body().length).as(what + ": a short answer").isLessThan(4096);
    assertThat(response.statusCode()).as(what + ": " + body).isIn(413, 422);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(what)
        .startsWith("application/problem+json");
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<MemoryPoolMXBean> oldGeneration() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(
            pool ->
                pool.getType() == MemoryType.HEAP
                    && (pool.getName().contains("Old") || pool.getName().contains("Tenured")))
        .toList();
  }

  private static void resetPeaks() {
    oldGeneration().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long oldGenerationUsed() {
    List<MemoryPoolMXBean> pools = oldGeneration();
    return pools.isEmpty() ? -1 : pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
  }

  private static long oldGenerationPeak() {
    return oldGeneration().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  /** This process's resident memory in bytes (Linux), or 0 where /proc is not there. */
  private static long rss() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return 0;
  }
}
