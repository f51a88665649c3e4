package vn.antq.registry.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When an import leaves the request for the background. Set as antq.imports.tuning.* . */
@ConfigMapping(prefix = "antq.imports.tuning")
public interface ImportTuning {

  /**
   * Above this many rows (estimated from the file's lines) an import runs in the background: 202
   * and a job to poll.
   */
  @WithDefault("20000")
  long backgroundRows();
}
