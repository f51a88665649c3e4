package vn.antq.registry.reporting;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.security.Access;

/** A unit's report through its cycle: OPEN → SUBMITTED → APPROVED, and REOPEN by the approver. */
@ApplicationScoped
public class ReportWorkflowService {

  @Inject ReportedUnits reported;
  @Inject ReportRepository reports;
  @Inject ReportPermissions permissions;
  @Inject @All List<SubmissionCheck> checks;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject RegistryClock clock;
  @Inject CompletenessScopes scopes;

  /** What the audit keeps of a report at each step. */
  record Audited(
      String obligationCode,
      String period,
      ReporterLevel unitType,
      String unit,
      ReportWorkflow workflow,
      String submittedBy,
      Instant submittedAt,
      String submitComment,
      String approvedBy,
      Instant approvedAt,
      String reopenedBy,
      Instant reopenedAt,
      String reopenReason) {

    static Audited of(Report r) {
      return new Audited(
          r.obligationCode,
          r.period,
          r.unitType,
          r.unit,
          r.workflow,
          r.submittedBy,
          r.submittedAt,
          r.submitComment,
          r.approvedBy,
          r.approvedAt,
          r.reopenedBy,
          r.reopenedAt,
          r.reopenReason);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportStatusDto status(String code, String periodId, String unitKey) {
    ReportedUnits.Target target = reported.target(code, periodId);
    ReportedUnits.Unit unit = reported.one(target, unitKey);
    return dto(target, unit, blocking(target, unit));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ReportStatusDto> list(
      String code,
      String periodId,
      String provinceCode,
      String communeCode,
      String state,
      PageParams paging) {
    PageParams.Checked page = paging.check();
    ReportedUnits.Target target = reported.target(code, periodId);
    CompletenessScopes.Scope scope = scopes.scope(provinceCode, communeCode);
    ReportState only = QueryValues.enumValue(ReportState.class, "state", state);
    java.time.LocalDate today = reported.today();
    List<ReportedUnits.Unit> units = new ArrayList<>();
    for (ReportedUnits.Unit unit :
        reported.roll(target, scope.provinceCode(), scope.communeCode()).units()) {
      if (only == null || unit.state(today, target.dueDate()) == only) {
        units.add(unit);
      }
    }
    int from = (int) Math.min(units.size(), (long) page.page() * page.size());
    List<ReportStatusDto> items =
        units.subList(from, Math.min(units.size(), from + page.size())).stream()
            .map(u -> dto(target, u, null))
            .toList();
    return new PageResult<>(items, page.page(), page.size(), units.size());
  }

  @Transactional
  public ReportStatusDto submit(String code, String periodId, String unitKey, ReportStepInput in) {
    ReportedUnits.Target target = reported.target(code, periodId);
    ReportedUnits.Unit unit = reported.one(target, unitKey);
    List<String> blocking = blocking(target, unit);
    submitDecision(target, unit, blocking).require();
    Report report = row(target, unit);
    Audited before = Audited.of(report);
    Instant now = clock.now();
    report.workflow = ReportWorkflow.SUBMITTED;
    report.submittedBy = access.actor().username();
    report.submittedAt = now;
    report.submitComment = text(in == null ? null : in.comment());
    if (report.firstSubmittedAt == null) {
      report.firstSubmittedAt = now;
    }
    return saved(target, unit, report, before, AuditAction.SUBMIT);
  }

  @Transactional
  public ReportStatusDto approve(String code, String periodId, String unitKey, ReportStepInput in) {
    ReportedUnits.Target target = reported.target(code, periodId);
    ReportedUnits.Unit unit = reported.one(target, unitKey);
    approveDecision(unit).require();
    Report report = row(target, unit);
    Audited before = Audited.of(report);
    report.workflow = ReportWorkflow.APPROVED;
    report.approvedBy = access.actor().username();
    report.approvedAt = clock.now();
    return saved(target, unit, report, before, AuditAction.APPROVE);
  }

  @Transactional
  public ReportStatusDto reopen(String code, String periodId, String unitKey, ReportStepInput in) {
    ReportedUnits.Target target = reported.target(code, periodId);
    ReportedUnits.Unit unit = reported.one(target, unitKey);
    reopenDecision(unit).require();
    String reason = text(in == null ? null : in.reason());
    if (reason == null) {
      throw ProblemException.badRequest(
          "reason", "Cần lý do mở lại báo cáo (a reason is required to reopen)");
    }
    Report report = row(target, unit);
    Audited before = Audited.of(report);
    report.workflow = ReportWorkflow.OPEN;
    report.approvedBy = null;
    report.approvedAt = null;
    report.reopenedBy = access.actor().username();
    report.reopenedAt = clock.now();
    report.reopenReason = reason;
    return saved(target, unit, report, before, AuditAction.REOPEN);
  }

  private ReportStatusDto saved(
      ReportedUnits.Target target,
      ReportedUnits.Unit unit,
      Report report,
      Audited before,
      AuditAction action) {
    if (report.id == null) {
      reports.persist(report);
    }
    reports.flush();
    audit.record(
        "report",
        report.obligationCode + "/" + report.period + "/" + report.unit,
        action,
        before.workflow() == null ? null : before,
        Audited.of(report),
        report.provinceCode,
        report.communeCode);
    // Read again: a first submission may be what makes the unit reported, and on time.
    ReportedUnits.Unit after = reported.one(target, unit.unit().key());
    return dto(target, after, blocking(target, after));
  }

  /** The unit's row, new (OPEN) when nobody has acted on the report yet. */
  private Report row(ReportedUnits.Target target, ReportedUnits.Unit unit) {
    if (unit.report() != null) {
      return unit.report();
    }
    ReportUnit u = unit.unit();
    Report report = new Report();
    report.obligationCode = target.obligation().code;
    report.period = target.period().id();
    report.periodStart = target.period().start();
    report.periodEnd = target.period().end();
    report.unitType = u.level();
    report.unit = u.key();
    report.pointId = u.pointId();
    report.communeCode = u.communeCode();
    report.provinceCode = u.provinceCode();
    report.workflow = null;
    return report;
  }

  private List<String> blocking(ReportedUnits.Target target, ReportedUnits.Unit unit) {
    ReportUnit u = unit.unit();
    List<String> found = new ArrayList<>();
    for (SubmissionCheck check : checks) {
      found.addAll(
          check.blocking(
              target.period(),
              u.level() == ReporterLevel.POINT ? u.pointId() : null,
              u.level() == ReporterLevel.COMMUNE ? u.communeCode() : null,
              u.provinceCode()));
    }
    return found;
  }

  private ReportDecision submitDecision(
      ReportedUnits.Target target, ReportedUnits.Unit unit, List<String> blocking) {
    return permissions
        .write(unit.unit())
        .and(
            () ->
                switch (unit.workflow()) {
                  case SUBMITTED ->
                      ReportDecision.conflict(
                          "Báo cáo đã nộp lúc "
                              + reported.shown(unit.report().submittedAt)
                              + ", đang chờ duyệt (already submitted, awaiting approval)");
                  case APPROVED ->
                      ReportDecision.conflict(
                          "Báo cáo đã được "
                              + unit.report().approvedBy
                              + " duyệt; muốn nộp lại cần "
                              + ReportLocks.reopenBy(
                                  unit.unit().level(), unit.unit().provinceCode())
                              + " mở lại (already approved; ask for a reopen first)");
                  case OPEN -> ReportDecision.YES;
                })
        .and(
            () ->
                reported.today().isBefore(target.period().start())
                    ? ReportDecision.conflict(
                        "Kỳ "
                            + target.period().id()
                            + " chưa bắt đầu, chưa nộp được (the period has not begun)")
                    : ReportDecision.YES)
        .and(
            () ->
                blocking.isEmpty()
                    ? ReportDecision.YES
                    : ReportDecision.conflict(
                        blocking.size()
                            + " vi phạm quy tắc kiểm tra mức lỗi (ERROR) phải sửa trước khi nộp: "
                            + String.join("; ", blocking.subList(0, Math.min(3, blocking.size())))
                            + " ("
                            + blocking.size()
                            + " error-level rule violations block the submission)"));
  }

  private ReportDecision approveDecision(ReportedUnits.Unit unit) {
    return permissions
        .approve(unit.unit())
        .and(
            () ->
                switch (unit.workflow()) {
                  case SUBMITTED -> ReportDecision.YES;
                  case APPROVED ->
                      ReportDecision.conflict(
                          "Báo cáo đã được "
                              + unit.report().approvedBy
                              + " duyệt (already approved)");
                  case OPEN ->
                      ReportDecision.conflict(
                          "Báo cáo chưa được nộp; chỉ duyệt được báo cáo đã nộp"
                              + " (only a submitted report can be approved)");
                });
  }

  private ReportDecision reopenDecision(ReportedUnits.Unit unit) {
    return permissions
        .approve(unit.unit())
        .and(
            () ->
                unit.workflow() == ReportWorkflow.OPEN
                    ? ReportDecision.conflict(
                        "Báo cáo đang mở; chỉ mở lại được báo cáo đã nộp hay đã duyệt"
                            + " (only a submitted or approved report can be reopened)")
                    : ReportDecision.YES);
  }

  private ReportDecision editDecision(ReportedUnits.Unit unit) {
    return unit.workflow() == ReportWorkflow.APPROVED
        ? ReportDecision.conflict(
            "Số liệu đã khóa: báo cáo đã được "
                + unit.report().approvedBy
                + " duyệt; cần "
                + ReportLocks.reopenBy(unit.unit().level(), unit.unit().provinceCode())
                + " mở lại (locked by the approved report; ask for a reopen)")
        : permissions.write(unit.unit());
  }

  private ReportStatusDto dto(
      ReportedUnits.Target target, ReportedUnits.Unit unit, List<String> blocking) {
    ReportUnit u = unit.unit();
    Report r = unit.report();
    ReportDecision edit = editDecision(unit);
    ReportDecision submit = submitDecision(target, unit, blocking == null ? List.of() : blocking);
    ReportDecision approve = approveDecision(unit);
    ReportDecision reopen = reopenDecision(unit);
    return new ReportStatusDto(
        target.obligation().code,
        target.obligation().name,
        target.period().id(),
        target.dueDate(),
        u.level(),
        u.key(),
        u.name(),
        u.communeCode(),
        u.provinceCode(),
        unit.workflow(),
        unit.state(reported.today(), target.dueDate()),
        unit.reported() && !unit.onTime(),
        unit.firstValueAt(),
        r == null ? null : r.submittedBy,
        r == null ? null : r.submittedAt,
        r == null ? null : r.submitComment,
        r == null ? null : r.approvedBy,
        r == null ? null : r.approvedAt,
        r == null ? null : r.reopenedBy,
        r == null ? null : r.reopenedAt,
        r == null ? null : r.reopenReason,
        unit.workflow() == ReportWorkflow.APPROVED,
        new ReportStatusDto.ReportActionsDto(
            edit.allowed(), submit.allowed(), approve.allowed(), reopen.allowed()),
        new ReportStatusDto.ReportReasonsDto(
            edit.reason(), submit.reason(), approve.reason(), reopen.reason()),
        blocking == null ? null : blocking.size());
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
