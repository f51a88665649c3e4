package vn.antq.registry.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The sizes of a request the API accepts, answered 414/431/413 as problem+json by {@link
 * RequestLimits}. Vert.x's own limits (quarkus.http.limits.*) are set above these: past them, the
 * connection layer answers without a body.
 */
@ConfigMapping(prefix = "antq.limits")
public interface LimitsConfig {

  /** The request target (path and query) in characters. */
  @WithDefault("8192")
  int maxUriLength();

  /** All header names and values together, in bytes. */
  @WithDefault("16K")
  MemorySize maxHeaderSize();

  /** A request body other than an import file, by its Content-Length. */
  @WithDefault("16M")
  MemorySize maxBodySize();

  /**
   * An import file (POST /api/v1/imports/...), by its Content-Length; at most
   * quarkus.http.limits.max-body-size.
   */
  @WithDefault("1G")
  MemorySize maxImportSize();
}
