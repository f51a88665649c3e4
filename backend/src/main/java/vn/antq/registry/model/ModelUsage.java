package vn.antq.registry.model;

/**
 * Records of other features that name a model, counted by the feature that keeps them, so that a
 * model with points or outcomes is retired rather than deleted without model reading their tables.
 */
public interface ModelUsage {

  /** What the records are, in the 409 a delete gets ("điểm nhân rộng", "kết quả"). */
  String noun();

  /** Where it stands in that message: points before outcomes. */
  int order();

  long count(String modelCode);
}
