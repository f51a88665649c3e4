package vn.antq.registry.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server that outlived the API that started it (the API was killed, e.g. by the kernel's
 * out-of-memory killer or a power cut of the JVM alone) still holds the data directory and the
 * port. At start it is found by its command line, and stopped cleanly when its owner is gone.
 */
final class LeftoverServer {

  private static final String OWNER_FILE = "antq-api.pid";

  private LeftoverServer() {}

  /**
   * Stops a server left on {@code dataDir} by a dead API; refuses when a live API still owns it.
   */
  static void takeOver(Path dataDir) {
    List<ProcessHandle> servers = serversOn(dataDir);
    if (servers.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> owner = owner(dataDir);
    if (owner.isPresent()) {
      throw new EmbeddedDbException(
          "Dữ liệu "
              + dataDir
              + " đang được một API khác dùng (pid "
              + owner.get().pid()
              + "); hãy dừng nó trước, hoặc dùng DATA_DIR khác (the embedded database is in use by another running API)");
    }
    for (ProcessHandle server : servers) {
      System.out.println(
          "MariaDB nhúng còn chạy từ lần trước (pid "
              + server.pid()
              + ") trên "
              + dataDir
              + ": đang dừng để khởi động lại (a server left by a crashed API is being stopped)");
      stop(server);
    }
  }

  /** Records the running JVM as the owner of the data directory, for the next start to judge. */
  static void claim(Path dataDir) throws IOException {
    Files.writeString(dataDir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
  }

  static void requirePortFree(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      throw new EmbeddedDbException(
          "Cổng "
              + port
              + " của MariaDB nhúng đang bị chương trình khác chiếm; hãy dừng chương trình đó hoặc chọn cổng khác: "
              + "make run EMBEDDED_DB_PORT="
              + (port + 1)
              + " (port "
              + port
              + " is in use)");
    }
  }

  static List<ProcessHandle> serversOn(Path dataDir) {
    String arg = "--datadir=" + dataDir.toAbsolutePath();
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .command()
                    .map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld"))
                    .orElse(false))
        .filter(p -> p.info().arguments().map(args -> List.of(args).contains(arg)).orElse(false))
        .toList();
  }

  private static Optional<ProcessHandle> owner(Path dataDir) {
    try {
      Path file = dataDir.resolve(OWNER_FILE);
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(file).trim());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> pid != ProcessHandle.current().pid())
          .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void stop(ProcessHandle server) {
    // SIGTERM lets InnoDB shut down cleanly; only a server that ignores it for a minute is killed.
    server.destroy();
    try {
      server.onExit().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      server.destroyForcibly();
      server.onExit().join();
    }
  }
}
