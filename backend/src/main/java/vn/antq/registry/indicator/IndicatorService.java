package vn.antq.registry.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Codes;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Where;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class IndicatorService {

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject IndicatorRepository indicators;
  @Inject IndicatorValues values;
  @Inject IndicatorMapper mapper;

  private static final Map<String, String> SORTS =
      Map.of("code", "code", "name", "name", "sortOrder", "sortOrder");

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<IndicatorDto> list(PageParams paging) {
    return new Where().page(indicators, paging, SORTS, "sortOrder,code").map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public IndicatorDto get(String code) {
    return mapper.toDto(indicators.require(code));
  }

  @Transactional
  public IndicatorDto create(IndicatorInput input) {
    access.requireAdmin("chỉ tiêu");
    Codes.requireNew(
        input.code(),
        "Thiếu mã (code is required)",
        "chỉ tiêu",
        code -> indicators.findById(code) != null);
    Indicator indicator = new Indicator();
    indicator.code = input.code();
    indicator.sortOrder = 100;
    mapper.update(indicator, input);
    indicators.persistAndFlush(indicator);
    IndicatorDto created = mapper.toDto(indicator);
    audit.record("indicator", indicator.code, AuditAction.CREATE, null, created, null, null);
    return created;
  }

  @Transactional
  public IndicatorDto update(String code, IndicatorInput input, String ifMatch) {
    access.requireAdmin("chỉ tiêu");
    Indicator indicator = indicators.require(code);
    Etags.check(ifMatch, indicator.version);
    IndicatorDto before = mapper.toDto(indicator);
    Codes.requireUnchanged(input.code(), code, "Mã không đổi được (code cannot change)");
    if (indicator.fractional
        && Boolean.FALSE.equals(input.fractional())
        && values.anyFractional(code)) {
      throw ProblemException.conflict(
          "Chỉ tiêu '"
              + Inputs.clip(code)
              + "' đã có giá trị thập phân; không chuyển sang số nguyên được (fractional values exist)");
    }
    mapper.update(indicator, input);
    indicators.flush();
    IndicatorDto after = mapper.toDto(indicator);
    audit.record("indicator", code, AuditAction.UPDATE, before, after, null, null);
    return after;
  }
}
