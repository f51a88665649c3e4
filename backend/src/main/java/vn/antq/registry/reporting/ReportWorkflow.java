package vn.antq.registry.reporting;

/** Where a unit's report is in its cycle; a unit that nobody has acted on is OPEN. */
public enum ReportWorkflow {
  OPEN,
  SUBMITTED,
  APPROVED
}
