package vn.antq.registry.indicator;

/**
 * What the indicator feature needs to know about the values stored against an indicator, answered
 * by the feature that stores them (outcome), so that indicator never reads their table.
 */
public interface IndicatorValues {

  /** Whether any stored value of this indicator has a fractional part. */
  boolean anyFractional(String indicatorCode);
}
