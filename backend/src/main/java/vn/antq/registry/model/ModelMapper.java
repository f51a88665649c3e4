package vn.antq.registry.model;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;
import vn.antq.registry.common.MappingConfig;
import vn.antq.registry.common.TrackedFieldsIgnored;

/**
 * The one mapping of a model: what GET shows, what POST, PUT and an import write, and what "the
 * file says nothing new" means for an import (the same write onto a copy).
 */
@Mapper(config = MappingConfig.class)
public interface ModelMapper {

  ModelDto toDto(Model model);

  /** The input that would leave the model as it is. */
  ModelInput toInput(Model model);

  /** A detached copy to try a write on: it is never persisted. */
  Model copy(Model model);

  /**
   * The input's fields onto the model, cleaned up; rules and references are the service's, and so
   * are the fields below that the input does not decide alone.
   */
  @TrackedFieldsIgnored
  @Mapping(target = "code", ignore = true) // drawn on create, unchangeable on update
  @Mapping(target = "legacyCode", ignore = true) // the pre-2025 code the service resolved
  @Mapping(target = "statusSince", ignore = true) // dated by the service when the status changes
  @Mapping(
      target = "status",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  @Mapping(target = "name", qualifiedByName = "text")
  @Mapping(target = "description", qualifiedByName = "text")
  @Mapping(target = "leadOrganisation", qualifiedByName = "text")
  @Mapping(target = "recognitionDecision", qualifiedByName = "text")
  @Mapping(target = "statusReason", qualifiedByName = "text")
  void update(@MappingTarget Model model, ModelInput input);

  /** The same input with 2025 codes in place of the pre-2025 ones it was given. */
  @Mapping(target = "provinceCode", source = "province")
  @Mapping(target = "communeCode", source = "commune")
  ModelInput withUnits(ModelInput input, String province, String commune);

  /** True when writing the input would change none of the model's fields. */
  default boolean unchangedBy(Model model, ModelInput input) {
    Model after = copy(model);
    update(after, input);
    return toInput(model).equals(toInput(after));
  }
}
