package vn.antq.registry.indicator;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;
import vn.antq.registry.common.MappingConfig;

/** The one mapping of an indicator: what GET shows, what POST and PUT write. */
@Mapper(config = MappingConfig.class)
public interface IndicatorMapper {

  IndicatorDto toDto(Indicator indicator);

  @Mapping(target = "code", ignore = true) // the key: given on create, unchangeable on update
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "name", qualifiedByName = "text")
  @Mapping(target = "unit", qualifiedByName = "text")
  @Mapping(target = "description", qualifiedByName = "text")
  @Mapping(
      target = "fractional",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  @Mapping(
      target = "sortOrder",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  void update(@MappingTarget Indicator indicator, IndicatorInput input);
}
