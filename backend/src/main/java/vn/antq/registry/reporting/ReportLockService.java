package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.outcome.Period;

/** The approved reports that lock values of a period in a scope: what the entry grid disables. */
@ApplicationScoped
public class ReportLockService {

  @Inject ReportRepository reports;
  @Inject ReportingObligationRepository obligations;
  @Inject CompletenessScopes scopes;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ReportLockDto> locks(
      String periodId, String provinceCode, String communeCode, PageParams paging) {
    if (periodId == null || periodId.isBlank()) {
      throw ProblemException.badRequest("period", "Thiếu kỳ (period is required)");
    }
    Period period =
        Period.tryParse(periodId.strip())
            .orElseThrow(
                () -> ProblemException.badRequest("period", Period.invalidMessage(periodId)));
    CompletenessScopes.Scope scope = scopes.scope(provinceCode, communeCode);
    return reports
        .approvedContaining(
            period.start(), period.end(), scope.provinceCode(), scope.communeCode(), paging)
        .map(this::dto);
  }

  private ReportLockDto dto(Report r) {
    ReportingObligation obligation = obligations.findById(r.obligationCode);
    return new ReportLockDto(
        r.obligationCode,
        obligation.name,
        r.period,
        r.unitType,
        r.unit,
        r.pointId,
        r.communeCode,
        r.provinceCode,
        List.copyOf(obligation.indicatorCodes),
        r.approvedBy,
        r.approvedAt,
        ReportLocks.reopenBy(r.unitType, r.provinceCode));
  }
}
