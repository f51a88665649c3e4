package vn.antq.registry.db;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded MariaDB before Quarkus when no database is configured, so `make run`
 * needs nothing but a JDK. With DB_URL set, the configured server is used as is.
 */
@QuarkusMain
public class RegistryMain {

  public static void main(String... args) {
    if (isBlank(System.getenv("DB_URL")) && isBlank(System.getProperty("quarkus.datasource.jdbc.url"))) {
      Path dir = Path.of(System.getProperty("antq.embedded-db.dir", env("EMBEDDED_DB_DIR", ".data/mariadb"))).toAbsolutePath();
      int port = Integer.parseInt(env("EMBEDDED_DB_PORT", "3307"));
      EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), port);
      System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
      System.setProperty("quarkus.datasource.username", "root");
      System.setProperty("quarkus.datasource.password", "");
      System.out.println("MariaDB nhúng (embedded) " + db.jdbcUrl() + ", dữ liệu tại " + dir.resolve("data"));
    }
    Quarkus.run(args);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return isBlank(value) ? fallback : value;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
