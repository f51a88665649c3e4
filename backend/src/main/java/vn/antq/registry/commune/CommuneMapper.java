package vn.antq.registry.commune;

import org.mapstruct.InheritConfiguration;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.NullValuePropertyMappingStrategy;
import vn.antq.registry.common.MappingConfig;
import vn.antq.registry.common.Text;
import vn.antq.registry.common.TrackedFieldsIgnored;

/**
 * The one mapping of a commune: what GET shows, what POST, PUT and an import write, and what "the
 * file says nothing new" means for an import (the same write onto a copy).
 */
@Mapper(config = MappingConfig.class)
public interface CommuneMapper {

  CommuneDto toDto(Commune commune);

  /** The input that would leave the commune as it is. */
  CommuneInput toInput(Commune commune);

  /** A detached copy to try a write on: it is never persisted. */
  Commune copy(Commune commune);

  /** The input's fields onto the commune, cleaned up; the province is checked by the caller. */
  @TrackedFieldsIgnored
  @Mapping(target = "code", ignore = true) // the key: given on create, unchangeable on update
  @Mapping(target = "name", qualifiedByName = "text")
  @Mapping(target = "fullName", source = "input", qualifiedByName = "fullName")
  @Mapping(target = "border", qualifiedByName = "trueOnly")
  @Mapping(target = "hotspot", qualifiedByName = "trueOnly")
  @Mapping(target = "ethnicMinority", qualifiedByName = "trueOnly")
  void update(@MappingTarget Commune commune, CommuneInput input);

  /**
   * As {@link #update}, for a file: a flag it has no column for (null) keeps what is stored, so
   * reloading the official list never erases the marks officers have set.
   */
  @InheritConfiguration(name = "update")
  @Mapping(
      target = "border",
      qualifiedByName = "trueOnly",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  @Mapping(
      target = "hotspot",
      qualifiedByName = "trueOnly",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  @Mapping(
      target = "ethnicMinority",
      qualifiedByName = "trueOnly",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  void updateFromFile(@MappingTarget Commune commune, CommuneInput input);

  /** True when the file's row would change none of the commune's fields. */
  default boolean unchangedByFile(Commune commune, CommuneInput input) {
    Commune after = copy(commune);
    updateFromFile(after, input);
    return toInput(commune).equals(toInput(after));
  }

  /** Given, or the type and the name: "Xã Khổng Lào". */
  @Named("fullName")
  static String fullName(CommuneInput input) {
    String fullName = Text.clean(input.fullName());
    return fullName != null ? fullName : typeWord(input.type()) + " " + Text.clean(input.name());
  }

  private static String typeWord(CommuneType type) {
    return switch (type) {
      case XA -> "Xã";
      case PHUONG -> "Phường";
      case DAC_KHU -> "Đặc khu";
    };
  }
}
