package vn.antq.registry.outlier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a value was found to be an outlier. */
@Schema(name = "OutlierMethod", description = "Cách phát hiện giá trị bất thường")
public enum OutlierMethod {
  /** Modified z-score against the median and the median absolute deviation of the history. */
  MAD,
  /** A flat or zero-heavy history (MAD = 0): the Poisson upper tail at the history's mean. */
  POISSON,
  /** Outside the indicator's min–max bounds, whatever the history. */
  BOUNDS
}
