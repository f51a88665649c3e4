package vn.antq.registry.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rule does when an indicator of a side has no value for the unit and period. A unit and
 * period without any value of the rule's indicators is never judged: there is nothing to check.
 */
@Schema(
    name = "MissingValues",
    description =
        "Khi một chỉ tiêu của một vế chưa có giá trị: SKIP_IF_ANY_MISSING (mặc định) bỏ qua quy tắc"
            + " nếu thiếu bất kỳ chỉ tiêu nào; SKIP_IF_ALL_MISSING bỏ qua nếu một vế thiếu tất cả"
            + " chỉ tiêu của nó, chỉ tiêu thiếu khác tính là 0; MISSING_AS_ZERO tính chỉ tiêu thiếu"
            + " là 0. Đơn vị và kỳ không có giá trị nào của các chỉ tiêu trong quy tắc thì không"
            + " bị xét")
public enum MissingValues {
  SKIP_IF_ANY_MISSING,
  SKIP_IF_ALL_MISSING,
  MISSING_AS_ZERO
}
