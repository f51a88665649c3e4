package vn.antq.registry.audit;

public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  /** A report handed in by its unit. */
  SUBMIT,
  /** A report approved by the level above: its values are locked. */
  APPROVE,
  /** A submitted or approved report opened again, with a reason. */
  REOPEN
}
