package vn.antq.registry.reporting;

import java.util.ArrayList;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import vn.antq.registry.common.MappingConfig;

/** The one mapping of a reporting obligation: what GET shows, what POST and PUT write. */
@Mapper(config = MappingConfig.class)
public interface ReportingObligationMapper {

  @Mapping(target = "indicatorCodes", qualifiedByName = "codes")
  @Mapping(target = "modelCodes", qualifiedByName = "codes")
  ReportingObligationDto toDto(ReportingObligation obligation);

  @Mapping(target = "code", ignore = true) // the key: given on create, unchangeable on update
  @Mapping(target = "version", ignore = true)
  @Mapping(target = "name", qualifiedByName = "text")
  @Mapping(target = "appliesTo", defaultValue = "ALL")
  @Mapping(target = "indicatorCodes", qualifiedByName = "codes")
  @Mapping(target = "modelCodes", qualifiedByName = "codes")
  void update(@MappingTarget ReportingObligation obligation, ReportingObligationInput input);

  /** A list of codes as given, in order; a missing list is an empty one. */
  @Named("codes")
  static List<String> codes(List<String> codes) {
    return codes == null ? new ArrayList<>() : new ArrayList<>(codes);
  }
}
