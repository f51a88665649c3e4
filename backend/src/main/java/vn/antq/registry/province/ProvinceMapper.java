package vn.antq.registry.province;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import vn.antq.registry.common.MappingConfig;

/** The one mapping of a province: what GET shows, and the few properties PUT may change. */
@Mapper(config = MappingConfig.class)
public interface ProvinceMapper {

  ProvinceDto toDto(Province province);

  /** Code, names and type come from the migration, never from a request. */
  @Mapping(target = "code", ignore = true)
  @Mapping(target = "name", ignore = true)
  @Mapping(target = "fullName", ignore = true)
  @Mapping(target = "type", ignore = true)
  @Mapping(target = "searchText", ignore = true)
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "updatedAt", ignore = true)
  void update(@MappingTarget Province province, ProvinceUpdate update);
}
