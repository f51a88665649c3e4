package vn.antq.registry.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.audit.CatalogueWrites;
import vn.antq.registry.audit.CatalogueWrites.Catalogue;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Where;
import vn.antq.registry.indicator.IndicatorRepository;
import vn.antq.registry.security.Access;

/** The managed list of validation rules: central administrators write, every reader reads. */
@ApplicationScoped
public class ValidationRuleService {

  private static final String SCOPE = "quy tắc kiểm tra";

  @Inject CatalogueWrites writes;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject ValidationRuleRepository rules;
  @Inject ValidationRuleMapper mapper;
  @Inject IndicatorRepository indicators;

  private static final Map<String, String> SORTS =
      Map.of("code", "code", "name", "name", "importance", "importance");

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ValidationRuleDto> list(RuleImportance importance, PageParams paging) {
    return new Where()
        .eq("importance", "importance", importance)
        .page(rules, paging, SORTS, "code")
        .map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ValidationRuleDto get(String code) {
    return mapper.toDto(rules.require(code));
  }

  @Transactional
  public ValidationRuleDto create(ValidationRuleInput input) {
    return writes.create(
        catalogue(),
        input.code(),
        () -> {
          ValidationRule rule = new ValidationRule();
          rule.code = input.code();
          return rule;
        },
        rule -> write(rule, input));
  }

  @Transactional
  public ValidationRuleDto update(String code, ValidationRuleInput input, String ifMatch) {
    return writes.update(catalogue(), code, input.code(), ifMatch, rule -> write(rule, input));
  }

  /** Rules are reference data: nothing refers to them, so any rule may go (audited). */
  @Transactional
  public void delete(String code, String ifMatch) {
    access.requireAdmin(SCOPE);
    ValidationRule rule = rules.require(code);
    Etags.check(ifMatch, rule.version);
    ValidationRuleDto before = mapper.toDto(rule);
    rules.delete(rule);
    rules.flush();
    audit.record("validation-rule", code, AuditAction.DELETE, before, null, null, null);
  }

  private void write(ValidationRule rule, ValidationRuleInput input) {
    List<FieldError> errors = check(input);
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(errors);
    }
    mapper.update(rule, input);
  }

  /** Every reference and cross-field rule at once, so that one answer names every bad field. */
  private List<FieldError> check(ValidationRuleInput input) {
    List<FieldError> errors = new ArrayList<>();
    int left = side(errors, "leftSide", input.leftSide());
    int right = side(errors, "rightSide", input.rightSide());
    if (input.leftSide() != null && input.rightSide() != null && left + right == 0) {
      errors.add(
          new FieldError(
              "leftSide.indicatorCodes",
              "Quy tắc cần ít nhất một chỉ tiêu ở một trong hai vế (a rule needs at least one"
                  + " indicator)"));
    }
    return errors;
  }

  /** Checks one side's codes; the number of codes it has. */
  private int side(List<FieldError> errors, String field, RuleSideInput side) {
    if (side == null || side.indicatorCodes() == null) {
      return 0;
    }
    List<String> codes = side.indicatorCodes();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      String at = field + ".indicatorCodes[" + i + "]";
      if (code == null || !Inputs.isCode(code) || indicators.findById(code) == null) {
        errors.add(
            new FieldError(
                at, "Không có chỉ tiêu mã '" + Inputs.clip(code) + "' (unknown indicator)"));
      } else if (!seen.add(code)) {
        errors.add(
            new FieldError(
                at,
                "Chỉ tiêu '"
                    + Inputs.clip(code)
                    + "' lặp lại trong vế (duplicate indicator '"
                    + Inputs.clip(code)
                    + "')"));
      }
    }
    return codes.size();
  }

  private Catalogue<ValidationRule, ValidationRuleDto> catalogue() {
    return new Catalogue<>(
        "validation-rule",
        SCOPE,
        "quy tắc kiểm tra",
        rules,
        rules::require,
        mapper::toDto,
        rule -> rule.version);
  }
}
