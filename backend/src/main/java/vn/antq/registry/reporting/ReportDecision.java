package vn.antq.registry.reporting;

import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemType;

/** Whether the caller may take a step now and, if not, the status and reason of the refusal. */
record ReportDecision(boolean allowed, int status, String reason) {

  static final ReportDecision YES = new ReportDecision(true, 200, null);

  static ReportDecision forbidden(String reason) {
    return new ReportDecision(false, 403, reason);
  }

  static ReportDecision conflict(String reason) {
    return new ReportDecision(false, 409, reason);
  }

  ReportDecision and(java.util.function.Supplier<ReportDecision> next) {
    return allowed ? next.get() : this;
  }

  void require() {
    if (!allowed) {
      throw new ProblemException(
          status == 403 ? ProblemType.FORBIDDEN : ProblemType.CONFLICT, reason, null);
    }
  }
}
