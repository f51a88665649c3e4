package vn.antq.registry.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How an import uses time and memory: when it leaves the request for the background, how its rows
 * are read ahead and gathered into chunks. Set as antq.imports.tuning.* .
 */
@ConfigMapping(prefix = "antq.imports.tuning")
public interface ImportTuning {

  /**
   * Above this many rows (estimated from the file's lines) an import runs in the background: 202
   * and a job to poll.
   */
  @WithDefault("20000")
  long backgroundRows();

  /** How {@link PrefetchingRows} reads a file's rows ahead of their checks. */
  ReadAhead readAhead();

  /** The chunks of rows an importer checks and writes together ({@link RowChunk}). */
  Chunk chunk();

  interface ReadAhead {

    /** Rows the reading thread hands to the checking one at a time. */
    @WithDefault("1000")
    int batchRows();

    /**
     * A batch is handed over sooner when its rows are long: what waits stays a few megabytes
     * whatever the rows.
     */
    @WithDefault("1000000")
    long batchChars();

    /** Batches that may wait for the checks: with the two above, what bounds the memory. */
    @WithDefault("4")
    int batches();
  }

  interface Chunk {

    /** Rows per chunk, for importers without a size of their own (outcomes have theirs). */
    @WithDefault("1000")
    int rows();

    /**
     * A chunk is full sooner when its rows are long, so that a file of rows at the length limit
     * holds no more memory than a file of short ones.
     */
    @WithDefault("4000000")
    long chars();
  }
}
