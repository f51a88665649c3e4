package vn.antq.registry.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Starts the embedded MariaDB before Quarkus when no database is configured, so `make run` needs
 * nothing but a JDK. With DB_URL set, the configured server is used as is. Then waits for Keycloak,
 * so its start-up is one line rather than a stack trace.
 */
@QuarkusMain
public class RegistryMain {

  public static void main(String... args) {
    if (isBlank(System.getenv("DB_URL"))
        && isBlank(System.getProperty("quarkus.datasource.jdbc.url"))) {
      Path dir =
          Path.of(
                  System.getProperty(
                      "antq.embedded-db.dir", env("EMBEDDED_DB_DIR", ".data/mariadb")))
              .toAbsolutePath();
      int port = Integer.parseInt(env("EMBEDDED_DB_PORT", "3307"));
      EmbeddedMariaDb db;
      try {
        db = EmbeddedMariaDb.start(dir.resolve("base"), dir.resolve("data"), port);
      } catch (EmbeddedDbException e) {
        // One line the person at the keyboard can act on; the stack trace would only hide it.
        System.err.println("LỖI: " + e.getMessage());
        System.exit(1);
        return;
      }
      System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
      System.setProperty("quarkus.datasource.username", "root");
      System.setProperty("quarkus.datasource.password", "");
      System.out.println(
          "MariaDB nhúng (embedded) " + db.jdbcUrl() + ", dữ liệu tại " + dir.resolve("data"));
    }
    KeycloakWait.await(
        env("OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/antq"),
        Integer.parseInt(env("OIDC_WAIT_SECONDS", "180")));
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
