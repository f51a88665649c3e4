package vn.antq.registry.reporting;

/** Which models an obligation covers: all, those of one category, or the listed ones. */
public enum AppliesTo {
  ALL,
  CATEGORY,
  MODELS
}
