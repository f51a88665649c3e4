package vn.antq.registry.outcome;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sizes of outcome writes. Set as antq.outcomes.* . */
@ConfigMapping(prefix = "antq.outcomes")
public interface OutcomeTuning {

  /** Values one POST /api/v1/outcomes may carry; larger sets go through a file import. */
  @WithDefault("10000")
  int maxBatch();

  /**
   * Rows an outcome file import resolves and writes together: fewer round trips, bounded memory.
   */
  @WithDefault("2000")
  int importChunk();

  /** Units and periods an import's checks (validation rules) read and judge together. */
  @WithDefault("500")
  int checkChunk();
}
