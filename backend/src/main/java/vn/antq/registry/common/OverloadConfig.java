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

  /** The summary, completeness and grid endpoints. */
  Summaries summaries();

  /** List requests with a text search ({@code q}). */
  Searches searches();

  /** How many of a kind may run at once, and how long a request waits for a turn. */
  interface Turns {
    int maxConcurrent();

    Duration maxWait();
  }

  interface Summaries extends Turns {
    @Override
    @WithDefault("8")
    int maxConcurrent();

    @Override
    @WithDefault("2S")
    Duration maxWait();
  }

  interface Searches extends Turns {
    @Override
    @WithDefault("4")
    int maxConcurrent();

    @Override
    @WithDefault("1S")
    Duration maxWait();
  }
}
