package vn.antq.registry.db;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A tiny shell process that stops the embedded MariaDB once the API's JVM is gone, whatever the way
 * it went (kill -9 runs no shutdown hook). It outlives the JVM on purpose: it is reparented to
 * init, waits, stops the server by its data directory, and ends.
 */
final class Watchdog {

  private Watchdog() {}

  static void watch(Path dataDir) throws IOException {
    String script =
        """
        api=$1; arg="--datadir=$2"
        while kill -0 "$api" 2>/dev/null; do sleep 1; done
        for p in /proc/[0-9]*; do
          [ "$(cat "$p/comm" 2>/dev/null)" = mariadbd ] || continue
          tr '\\0' '\\n' < "$p/cmdline" 2>/dev/null | grep -qxF -- "$arg" && kill "${p#/proc/}"
        done
        exit 0
        """;
    new ProcessBuilder(
            "sh",
            "-c",
            script,
            "antq-db-watchdog",
            Long.toString(ProcessHandle.current().pid()),
            dataDir.toAbsolutePath().toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }
}
