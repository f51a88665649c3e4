package vn.antq.registry.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the API sheds load: answers 503 with Retry-After rather than queueing until something times
 * out.
 */
@ConfigMapping(prefix = "antq.overload")
public interface OverloadConfig {

  /** What Retry-After tells a client refused because of overload. */
  @WithDefault("5S")
  Duration retryAfter();

  /**
   * The expensive summary endpoints: how many may run at once, and how long a request waits for a
   * turn.
   */
  Summaries summaries();

  interface Summaries {
    @WithDefault("8")
    int maxConcurrent();

    @WithDefault("2S")
    Duration maxWait();
  }
}
