package vn.antq.registry.model;

/**
 * Active, dormant ("hoạt động cầm chừng") or retired ("thanh loại"). Shared by models and points.
 */
public enum ModelStatus {
  ACTIVE,
  DORMANT,
  RETIRED
}
