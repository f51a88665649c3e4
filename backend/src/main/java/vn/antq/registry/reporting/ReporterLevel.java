package vn.antq.registry.reporting;

/** Who reports: each replication point, each commune, or each province. */
public enum ReporterLevel {
  POINT,
  COMMUNE,
  PROVINCE
}
