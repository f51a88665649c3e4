package vn.antq.registry.reporting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a report looks like to those who follow it (the dashboard's colours): the workflow first,
 * then the data.
 */
@Schema(
    name = "ReportState",
    description =
        "NOT_DUE: chưa có số liệu, chưa đến hạn; MISSING: quá hạn chưa có; LATE: có số liệu sau"
            + " hạn; ON_TIME: có số liệu đúng hạn; SUBMITTED: đã nộp; APPROVED: đã duyệt;"
            + " REOPENED: đã mở lại")
public enum ReportState {
  NOT_DUE,
  MISSING,
  LATE,
  ON_TIME,
  SUBMITTED,
  APPROVED,
  REOPENED
}
