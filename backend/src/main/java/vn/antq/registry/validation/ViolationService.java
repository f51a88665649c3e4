package vn.antq.registry.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.outcome.OutcomeViolation;
import vn.antq.registry.outcome.Period;

/** The violations of a scope and period, on demand: the list officers go through. */
@ApplicationScoped
public class ViolationService {

  @Inject RuleEngine engine;

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ViolationDto> list(
      String periodId,
      String provinceCode,
      String communeCode,
      String pointIdText,
      String importanceText,
      String ruleCode,
      PageParams paging) {
    if (periodId == null || periodId.isBlank()) {
      throw ProblemException.badRequest(
          "period", "Thiếu kỳ báo cáo, ví dụ 2024S1 (period is required)");
    }
    Period period =
        Period.tryParse(periodId)
            .orElseThrow(
                () -> ProblemException.badRequest("period", Period.invalidMessage(periodId)));
    Long pointId = QueryValues.number("pointId", pointIdText);
    RuleImportance importance =
        QueryValues.enumValue(RuleImportance.class, "importance", importanceText);
    PageParams.Checked page = paging.check();
    List<ValidationRule> rules =
        engine.rules().stream()
            .filter(r -> importance == null || r.importance == importance)
            .filter(r -> blank(ruleCode) || r.code.equals(ruleCode.strip()))
            .toList();
    // A code with other characters than a code's names nothing (see Lookups).
    if (!named(provinceCode) || !named(communeCode) || !named(ruleCode)) {
      return new PageResult<>(List.of(), page.page(), page.size(), 0);
    }
    List<OutcomeViolation> found =
        engine.within(
            rules,
            period.start(),
            period.end(),
            blank(provinceCode) ? null : provinceCode.strip(),
            blank(communeCode) ? null : communeCode.strip(),
            pointId,
            null);
    long from = (long) page.page() * page.size();
    List<ViolationDto> items =
        found.stream().skip(from).limit(page.size()).map(ViolationDto::of).toList();
    return new PageResult<>(items, page.page(), page.size(), found.size());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static boolean named(String code) {
    return blank(code) || Inputs.isCode(code.strip());
  }
}
