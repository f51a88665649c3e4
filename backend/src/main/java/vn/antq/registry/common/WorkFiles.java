package vn.antq.registry.common;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded files and import spools, each as large as the file sent, live in the API's own work
 * folder beside its data (WORK_DIR), never in a temp folder shared with other programs. At start no
 * import can still be running, so whatever a crash left there is removed.
 */
@ApplicationScoped
public class WorkFiles {

  private static final String PREFIX = "antq-";
  private static final String FORM_UPLOADS = "form-uploads";

  private final Path dir;

  @Inject
  public WorkFiles(@ConfigProperty(name = "antq.work-dir") Path dir) {
    this.dir = dir.toAbsolutePath();
  }

  /** A new empty file, e.g. create("upload", ".bin"); the caller deletes it when done. */
  public Path create(String kind, String suffix) {
    try {
      Files.createDirectories(dir);
      return Files.createTempFile(dir, PREFIX + kind + "-", suffix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  // Before the import jobs are looked at: nothing of an interrupted import may linger.
  void removeLeftovers(@Observes @Priority(1) StartupEvent event) throws IOException {
    long[] removed = new long[2];
    remove(dir, PREFIX + "*", removed);
    // Form uploads are named by the HTTP layer (see quarkus.http.body.uploads-directory).
    remove(dir.resolve(FORM_UPLOADS), "*", removed);
    if (removed[0] > 0) {
      Log.infof(
          "Removed %d file(s) (%d bytes) left by imports that a restart cut short, from %s",
          removed[0], removed[1], dir);
    }
  }

  private static void remove(Path folder, String glob, long[] removed) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
      for (Path file : files) {
        if (Files.isRegularFile(file)) {
          removed[1] += Files.size(file);
          Files.deleteIfExists(file);
          removed[0]++;
        }
      }
    }
  }
}
