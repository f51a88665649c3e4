package vn.antq.registry.common;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * What every entity mapper shares. A target property nobody maps fails the build, so a field added
 * to an entity, input or DTO is either mapped or ignored on purpose, never forgotten; a lossy
 * conversion (a long into an int, say) fails it too.
 */
@MapperConfig(
    componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
    unmappedTargetPolicy = ReportingPolicy.ERROR,
    typeConversionPolicy = ReportingPolicy.ERROR,
    uses = CleanUp.class)
public interface MappingConfig {}
