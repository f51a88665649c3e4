package vn.antq.registry.audit;

public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE
}
