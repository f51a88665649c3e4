package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.security.Access;
import vn.antq.registry.security.Actor;
import vn.antq.registry.security.Role;

/**
 * Who may do what with a report: its unit's writers submit (those who may write its values), the
 * level above approves and reopens (a point's or commune's report: its province's officers; a
 * province's: the central administrators, who may also act for any province).
 */
@ApplicationScoped
class ReportPermissions {

  @Inject Access access;

  ReportDecision write(ReportUnit unit) {
    try {
      if (unit.level() == ReporterLevel.PROVINCE) {
        access.requireProvince(unit.provinceCode());
      } else {
        access.requireCommune(unit.communeCode(), unit.provinceCode());
      }
      return ReportDecision.YES;
    } catch (ProblemException e) {
      return ReportDecision.forbidden(e.getMessage());
    }
  }

  ReportDecision approve(ReportUnit unit) {
    Actor actor = access.actor();
    if (actor.isAdmin()) {
      return ReportDecision.YES;
    }
    if (unit.level() == ReporterLevel.PROVINCE) {
      return ReportDecision.forbidden(
          "Báo cáo cấp tỉnh do quản trị viên trung ương duyệt và mở lại"
              + " (province reports are approved and reopened by central-admin)");
    }
    if (actor.has(Role.PROVINCE_OFFICER) && unit.provinceCode().equals(actor.unit())) {
      return ReportDecision.YES;
    }
    return ReportDecision.forbidden(
        "Chỉ cán bộ tỉnh "
            + unit.provinceCode()
            + " hoặc quản trị viên trung ương được duyệt và mở lại báo cáo này"
            + " (only province-officer "
            + unit.provinceCode()
            + " or central-admin approve and reopen it)");
  }
}
