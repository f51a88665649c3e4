package vn.antq.registry.reporting;

/** The level a completeness answer is broken down by. */
enum CompletenessGrouping {
  PROVINCE,
  COMMUNE
}
