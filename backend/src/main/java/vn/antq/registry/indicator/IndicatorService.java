package vn.antq.registry.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.antq.registry.audit.CatalogueWrites;
import vn.antq.registry.audit.CatalogueWrites.Catalogue;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Where;

@ApplicationScoped
public class IndicatorService {

  @Inject CatalogueWrites writes;
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
    return writes.create(
        catalogue(),
        input.code(),
        () -> {
          Indicator indicator = new Indicator();
          indicator.code = input.code();
          indicator.sortOrder = 100;
          return indicator;
        },
        indicator -> mapper.update(indicator, input));
  }

  @Transactional
  public IndicatorDto update(String code, IndicatorInput input, String ifMatch) {
    return writes.update(
        catalogue(),
        code,
        input.code(),
        ifMatch,
        indicator -> {
          if (indicator.fractional
              && Boolean.FALSE.equals(input.fractional())
              && values.anyFractional(code)) {
            throw ProblemException.conflict(
                "Chỉ tiêu '"
                    + Inputs.clip(code)
                    + "' đã có giá trị thập phân; không chuyển sang số nguyên được (fractional values exist)");
          }
          mapper.update(indicator, input);
        });
  }

  private Catalogue<Indicator, IndicatorDto> catalogue() {
    return new Catalogue<>(
        "indicator",
        "chỉ tiêu",
        "chỉ tiêu",
        indicators,
        indicators::require,
        mapper::toDto,
        indicator -> indicator.version);
  }
}
