package vn.antq.registry.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.antq.registry.imports.ImportMode;
import vn.antq.registry.imports.ImportResult;
import vn.antq.registry.imports.ImportService;
import vn.antq.registry.security.CurrentActor;

/**
 * At first start, loads the official 2025 communes, the pre-2025 units and the old → new mapping
 * from ADMIN_UNITS_DIR (communes-2025.csv, legacy-units-2025-06.csv, legacy-to-2025.csv,
 * legacy-provinces-to-2025.csv) through the ordinary imports. Runs before the demo data, which then
 * finds its communes already there.
 */
@ApplicationScoped
public class AdminUnitsLoader {

  /**
   * Each file is loaded once; its name is recorded, so a file added to the folder later loads at
   * the next start.
   */
  static final String DATA_SET = "admin-units:";

  @ConfigProperty(name = "antq.admin-units-dir")
  Optional<String> directory;

  @Inject ImportService imports;
  @Inject EntityManager em;

  void onStart(@Observes @Priority(10) StartupEvent event) {
    if (directory.isEmpty() || directory.get().isBlank()) {
      return;
    }
    if (!Files.isRegularFile(Path.of(directory.get()).resolve("communes-2025.csv"))) {
      Log.warnf(
          "ADMIN_UNITS_DIR=%s has no communes-2025.csv; the official communes were not loaded",
          directory.get());
      return;
    }
    try {
      for (String[] file :
          new String[][] {
            {"communes", "communes-2025.csv"},
            {"legacy-units", "legacy-units-2025-06.csv"},
            {"legacy-successors", "legacy-to-2025.csv"},
            {"legacy-successors", "legacy-provinces-to-2025.csv"}
          }) {
        Path path = Path.of(directory.get()).resolve(file[1]);
        if (!Files.isRegularFile(path) || loaded(file[1])) {
          continue;
        }
        ImportResult result =
            CurrentActor.asSystem(
                () ->
                    imports.run(
                        file[0],
                        new ImportService.Upload(path, "text/csv", 0),
                        false,
                        ImportMode.ATOMIC,
                        rows -> {}));
        markLoaded(file[1]);
        Log.infof(
            "Đã nạp %s: %d dòng (%d mới, %d cập nhật) trong %d ms",
            path, result.rows(), result.created(), result.updated(), result.durationMs());
      }
    } catch (RuntimeException e) {
      Log.error(
          "Không nạp được danh mục đơn vị hành chính từ "
              + directory.get()
              + " (administrative units not loaded)",
          e);
    }
  }

  @Transactional
  boolean loaded(String file) {
    return ((Number)
                em.createNativeQuery("select count(*) from demo_data_load where name = ?1")
                    .setParameter(1, DATA_SET + file)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  @Transactional
  void markLoaded(String file) {
    em.createNativeQuery("insert into demo_data_load (name) values (?1)")
        .setParameter(1, DATA_SET + file)
        .executeUpdate();
  }
}
