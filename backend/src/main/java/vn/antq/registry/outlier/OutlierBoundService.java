package vn.antq.registry.outlier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemType;
import vn.antq.registry.common.Where;
import vn.antq.registry.indicator.IndicatorRepository;
import vn.antq.registry.security.Access;

/** The managed list of min–max bounds: central administrators write, everyone reads. */
@ApplicationScoped
public class OutlierBoundService {

  static final String ENTITY = "outlier-bound";
  private static final String NOUN = "ngưỡng bất thường";

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject OutlierBoundRepository bounds;
  @Inject IndicatorRepository indicators;

  private static final Map<String, String> SORTS =
      Map.of("indicatorCode", "indicatorCode", "updatedAt", "updatedAt");

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<OutlierBoundDto> list(PageParams paging) {
    return new Where().page(bounds, paging, SORTS, "indicatorCode").map(OutlierBoundDto::from);
  }

  /** Sets the bounds of an indicator, creating them on first use. */
  @Transactional
  public OutlierBoundDto put(String indicatorCode, OutlierBoundInput input) {
    access.requireAdmin(NOUN);
    requireShape(indicatorCode);
    if (indicators.findById(indicatorCode) == null) {
      throw ProblemException.unprocessable(
          "indicatorCode",
          "Không có chỉ tiêu mã '"
              + Inputs.clip(indicatorCode)
              + "' (unknown indicator '"
              + Inputs.clip(indicatorCode)
              + "')");
    }
    if (input.min() == null && input.max() == null) {
      throw ProblemException.unprocessable(
          "max", "Cần ít nhất min hoặc max (min or max is required)");
    }
    if (input.min() != null && input.max() != null && input.min().compareTo(input.max()) > 0) {
      throw ProblemException.unprocessable(
          java.util.List.of(
              new FieldError("min", "min phải nhỏ hơn hoặc bằng max (min must not exceed max)")));
    }
    OutlierBound bound = bounds.findById(indicatorCode);
    OutlierBoundDto before = bound == null ? null : OutlierBoundDto.from(bound);
    if (bound == null) {
      bound = new OutlierBound();
      bound.indicatorCode = indicatorCode;
    }
    bound.min = input.min();
    bound.max = input.max();
    bound.updatedBy = access.actor().username();
    bound.updatedAt = Instant.now();
    if (before == null) {
      bounds.persist(bound);
    }
    bounds.flush();
    OutlierBoundDto after = OutlierBoundDto.from(bound);
    audit.record(
        ENTITY,
        indicatorCode,
        before == null ? AuditAction.CREATE : AuditAction.UPDATE,
        before,
        after,
        null,
        null);
    return after;
  }

  @Transactional
  public void delete(String indicatorCode) {
    access.requireAdmin(NOUN);
    requireShape(indicatorCode);
    OutlierBound bound = bounds.findById(indicatorCode);
    if (bound == null) {
      throw new ProblemException(
          ProblemType.NOT_FOUND,
          "Chỉ tiêu '"
              + Inputs.clip(indicatorCode)
              + "' không có ngưỡng bất thường (no outlier bound for indicator '"
              + Inputs.clip(indicatorCode)
              + "')",
          null);
    }
    OutlierBoundDto before = OutlierBoundDto.from(bound);
    bounds.delete(bound);
    audit.record(ENTITY, indicatorCode, AuditAction.DELETE, before, null, null, null);
  }

  // A code with white space would find its trimmed twin under PAD SPACE collations (see Lookups).
  private static void requireShape(String indicatorCode) {
    if (!Inputs.isCode(indicatorCode)) {
      throw ProblemException.notFound("chỉ tiêu", indicatorCode);
    }
  }
}
