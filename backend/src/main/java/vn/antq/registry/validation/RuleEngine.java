package vn.antq.registry.validation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.outcome.OutcomeRepository;
import vn.antq.registry.outcome.OutcomeValues;
import vn.antq.registry.outcome.OutcomeViolation;
import vn.antq.registry.outcome.UnitPeriod;
import vn.antq.registry.outcome.UnitType;
import vn.antq.registry.outcome.UnitValues;

/**
 * Judges the values of units and periods against every validation rule. Values are read in few
 * queries (a chunk of units at a time, only the indicators some rule names); the rules themselves
 * are a short list read once per call.
 */
@ApplicationScoped
public class RuleEngine {

  /** Units and periods read and judged together. */
  static final int CHUNK = 500;

  /** Errors first, then by place, unit, period and rule: a stable order to page through. */
  static final Comparator<OutcomeViolation> ORDER =
      Comparator.comparing((OutcomeViolation v) -> v.importance())
          .thenComparing(OutcomeViolation::provinceCode)
          .thenComparing(
              OutcomeViolation::communeCode, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(OutcomeViolation::unitKey)
          .thenComparing(OutcomeViolation::period)
          .thenComparing(OutcomeViolation::ruleCode);

  @Inject ValidationRuleRepository rules;
  @Inject OutcomeRepository outcomes;

  List<ValidationRule> rules() {
    return rules.listAll(Sort.by("code"));
  }

  /** The violations among the values of these units and periods, read through {@code values}. */
  public List<OutcomeViolation> check(Collection<UnitPeriod> touched, OutcomeValues values) {
    List<ValidationRule> all = rules();
    Set<String> indicators = indicators(all);
    List<OutcomeViolation> found = new ArrayList<>();
    if (indicators.isEmpty() || touched.isEmpty()) {
      return found;
    }
    List<UnitPeriod> keys = new ArrayList<>(touched);
    for (int from = 0; from < keys.size(); from += CHUNK) {
      Map<UnitPeriod, UnitValues> read =
          values.read(keys.subList(from, Math.min(keys.size(), from + CHUNK)), indicators);
      found.addAll(judge(all, read.values()));
    }
    return found;
  }

  /**
   * The violations among the values of a scope for periods inside [from, to]: a point's values, a
   * commune's, a province's (each null: any); {@code unitType} null: every kind of unit.
   */
  List<OutcomeViolation> within(
      List<ValidationRule> selected,
      LocalDate from,
      LocalDate to,
      String provinceCode,
      String communeCode,
      Long pointId,
      UnitType unitType) {
    Set<String> indicators = indicators(selected);
    if (indicators.isEmpty()) {
      return new ArrayList<>();
    }
    Map<UnitPeriod, UnitValues> read =
        outcomes.unitValuesWithin(
            from, to, provinceCode, communeCode, pointId, unitType, indicators);
    List<OutcomeViolation> found = judge(selected, read.values());
    found.sort(ORDER);
    return found;
  }

  static Set<String> indicators(List<ValidationRule> rules) {
    Set<String> codes = new LinkedHashSet<>();
    for (ValidationRule rule : rules) {
      codes.addAll(rule.leftIndicatorCodes);
      codes.addAll(rule.rightIndicatorCodes);
    }
    return codes;
  }

  static List<OutcomeViolation> judge(List<ValidationRule> rules, Collection<UnitValues> units) {
    List<OutcomeViolation> found = new ArrayList<>();
    for (UnitValues unit : units) {
      for (ValidationRule rule : rules) {
        OutcomeViolation v = judge(rule, unit);
        if (v != null) {
          found.add(v);
        }
      }
    }
    return found;
  }

  /** The rule's violation by this unit's values, or null (it holds, or is not judged). */
  static OutcomeViolation judge(ValidationRule rule, UnitValues unit) {
    Map<String, BigDecimal> values = unit.values();
    int leftPresent = present(rule.leftIndicatorCodes, values);
    int rightPresent = present(rule.rightIndicatorCodes, values);
    if (leftPresent + rightPresent == 0) {
      return null; // none of the rule's figures: nothing to judge
    }
    boolean skip =
        switch (rule.missingValues) {
          case SKIP_IF_ANY_MISSING ->
              leftPresent < rule.leftIndicatorCodes.size()
                  || rightPresent < rule.rightIndicatorCodes.size();
          case SKIP_IF_ALL_MISSING ->
              (!rule.leftIndicatorCodes.isEmpty() && leftPresent == 0)
                  || (!rule.rightIndicatorCodes.isEmpty() && rightPresent == 0);
          case MISSING_AS_ZERO -> false;
        };
    if (skip) {
      return null;
    }
    BigDecimal left = sum(rule.leftIndicatorCodes, rule.leftConstant, values);
    BigDecimal right = sum(rule.rightIndicatorCodes, rule.rightConstant, values);
    if (rule.operator.holds(left, right)) {
      return null;
    }
    return new OutcomeViolation(
        rule.code,
        rule.name,
        rule.importance.name(),
        rule.operator.name(),
        left,
        right,
        unit.key().period(),
        unit.unitType(),
        unit.key().unitKey(),
        unit.pointId(),
        unit.communeCode(),
        unit.provinceCode(),
        message(rule, left, right));
  }

  private static int present(List<String> codes, Map<String, BigDecimal> values) {
    int n = 0;
    for (String code : codes) {
      if (values.containsKey(code)) {
        n++;
      }
    }
    return n;
  }

  private static BigDecimal sum(
      List<String> codes, BigDecimal constant, Map<String, BigDecimal> values) {
    BigDecimal total = constant == null ? BigDecimal.ZERO : constant;
    for (String code : codes) {
      BigDecimal value = values.get(code);
      if (value != null) {
        total = total.add(value);
      }
    }
    return plain(total);
  }

  /** 12.0000 as 12, 100 as 100: how people write the figures. */
  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String message(ValidationRule rule, BigDecimal left, BigDecimal right) {
    String l = left.toPlainString();
    String r = right.toPlainString();
    String op = rule.operator.symbol;
    return rule.name
        + ": vế trái "
        + l
        + " phải "
        + op
        + " vế phải "
        + r
        + " (rule "
        + rule.code
        + ": "
        + l
        + " must be "
        + op
        + " "
        + r
        + ")";
  }
}
