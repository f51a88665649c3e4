package vn.antq.registry.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an expected unit is on the reminder list. */
@Schema(name = "LateUnitState", description = "LATE: nộp muộn; MISSING: chưa có giá trị nào")
public enum LateUnitState {
  LATE,
  MISSING
}
