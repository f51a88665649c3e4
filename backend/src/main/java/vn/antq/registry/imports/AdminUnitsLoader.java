package vn.antq.registry.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

import vn.antq.registry.security.CurrentActor;

/**
 * At first start, loads the official 2025 communes from ADMIN_UNITS_DIR (a folder holding
 * communes-2025.csv, as published with the 2025 reform) through the ordinary communes import.
 * Runs before the demo data, which then finds its communes already there.
 */
@ApplicationScoped
public class AdminUnitsLoader {

  static final String DATA_SET = "admin-units-2025";

  @ConfigProperty(name = "antq.admin-units-dir")
  Optional<String> directory;

  @Inject
  ImportService imports;
  @Inject
  EntityManager em;

  void onStart(@Observes @Priority(10) StartupEvent event) {
    if (directory.isEmpty() || directory.get().isBlank()) {
      return;
    }
    Path communes = Path.of(directory.get()).resolve("communes-2025.csv");
    if (!Files.isRegularFile(communes)) {
      Log.warnf("ADMIN_UNITS_DIR=%s has no communes-2025.csv; the official communes were not loaded", directory.get());
      return;
    }
    if (loaded()) {
      return;
    }
    try {
      ImportResult result = CurrentActor.asSystem(() -> imports.run("communes", new ImportService.Upload(communes, "text/csv", 0), false,
          ImportMode.ATOMIC, rows -> { }));
      markLoaded();
      Log.infof("Đã nạp danh mục xã 2025 từ %s: %d xã (%d mới, %d cập nhật) trong %d ms", communes, result.rows(), result.created(),
          result.updated(), result.durationMs());
    } catch (RuntimeException e) {
      Log.error("Không nạp được danh mục xã từ " + communes + " (official communes not loaded)", e);
    }
  }

  @Transactional
  boolean loaded() {
    return ((Number) em.createNativeQuery("select count(*) from demo_data_load where name = ?1").setParameter(1, DATA_SET)
        .getSingleResult()).longValue() > 0;
  }

  @Transactional
  void markLoaded() {
    em.createNativeQuery("insert into demo_data_load (name) values (?1)").setParameter(1, DATA_SET).executeUpdate();
  }
}
