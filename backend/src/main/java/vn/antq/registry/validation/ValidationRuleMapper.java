package vn.antq.registry.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import vn.antq.registry.common.MappingConfig;

/** The one mapping of a validation rule: what GET shows, what POST and PUT write. */
@Mapper(config = MappingConfig.class)
public interface ValidationRuleMapper {

  @Mapping(
      target = "leftSide",
      expression = "java(side(rule.leftIndicatorCodes, rule.leftConstant))")
  @Mapping(
      target = "rightSide",
      expression = "java(side(rule.rightIndicatorCodes, rule.rightConstant))")
  ValidationRuleDto toDto(ValidationRule rule);

  @Mapping(target = "code", ignore = true) // the key: given on create, unchangeable on update
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "name", qualifiedByName = "text")
  @Mapping(target = "description", qualifiedByName = "text")
  @Mapping(target = "missingValues", defaultValue = "SKIP_IF_ANY_MISSING")
  @Mapping(target = "leftIndicatorCodes", expression = "java(codes(input.leftSide()))")
  @Mapping(target = "leftConstant", expression = "java(constant(input.leftSide()))")
  @Mapping(target = "rightIndicatorCodes", expression = "java(codes(input.rightSide()))")
  @Mapping(target = "rightConstant", expression = "java(constant(input.rightSide()))")
  void update(@MappingTarget ValidationRule rule, ValidationRuleInput input);

  default RuleSide side(List<String> codes, BigDecimal constant) {
    // 5.0000 as stored reads 5; 100 stays 100 (not 1E+2).
    BigDecimal plain = constant.stripTrailingZeros();
    return new RuleSide(List.copyOf(codes), plain.scale() < 0 ? plain.setScale(0) : plain);
  }

  default List<String> codes(RuleSideInput side) {
    return side == null || side.indicatorCodes() == null
        ? new ArrayList<>()
        : new ArrayList<>(side.indicatorCodes());
  }

  default BigDecimal constant(RuleSideInput side) {
    return side == null || side.constant() == null ? BigDecimal.ZERO : side.constant();
  }
}
