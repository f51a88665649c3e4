package vn.antq.registry.category;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;
import vn.antq.registry.common.MappingConfig;

/** The one mapping of a model category: what GET shows, what POST and PUT write. */
@Mapper(config = MappingConfig.class)
public interface CategoryMapper {

  CategoryDto toDto(ModelCategory category);

  @Mapping(target = "code", ignore = true) // the key: given on create, unchangeable on update
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "name", qualifiedByName = "text")
  @Mapping(target = "description", qualifiedByName = "text")
  @Mapping(
      target = "sortOrder",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  void update(@MappingTarget ModelCategory category, CategoryInput input);
}
