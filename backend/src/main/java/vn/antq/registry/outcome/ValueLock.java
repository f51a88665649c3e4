package vn.antq.registry.outcome;

import java.time.Instant;

/** The approved report that locks a value, and who may open it again. */
public record ValueLock(
    String obligationCode,
    String period,
    String unitType,
    String unit,
    String approvedBy,
    Instant approvedAt,
    @org.eclipse.microprofile.openapi.annotations.media.Schema(hidden = true)
        String approvedAtLocal,
    String reopenBy) {

  /** One bilingual sentence: which report, approved by whom and when, who can reopen it. */
  public String message() {
    return "Số liệu đã khóa: báo cáo "
        + obligationCode
        + " kỳ "
        + period
        + " của "
        + unitType
        + " "
        + unit
        + " đã được "
        + approvedBy
        + " duyệt lúc "
        + approvedAtLocal
        + "; muốn sửa, đề nghị "
        + reopenBy
        + " mở lại báo cáo (locked by the approved report "
        + obligationCode
        + " "
        + period
        + " of "
        + unitType
        + " "
        + unit
        + ", approved by "
        + approvedBy
        + " at "
        + approvedAtLocal
        + "; ask "
        + reopenBy
        + " to reopen it)";
  }
}
