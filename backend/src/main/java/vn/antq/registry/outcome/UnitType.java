package vn.antq.registry.outcome;

/** What an outcome value was reported for. */
public enum UnitType {
  /** A replication point. */
  POINT,
  /** A model within one commune. */
  MODEL_COMMUNE,
  /** A model within one province. */
  MODEL_PROVINCE,
  /** A commune as a whole. */
  COMMUNE,
  /** A province as a whole. */
  PROVINCE
}
