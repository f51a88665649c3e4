package vn.antq.registry.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a broken rule means: an error blocks submitting a report, a warning does not. */
@Schema(
    name = "RuleImportance",
    description = "ERROR: chặn nộp báo cáo; WARNING: chỉ cảnh báo. Không loại nào chặn việc ghi")
public enum RuleImportance {
  ERROR,
  WARNING
}
