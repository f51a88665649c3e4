package vn.antq.registry.point;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.NullValuePropertyMappingStrategy;
import vn.antq.registry.common.MappingConfig;
import vn.antq.registry.common.TrackedFieldsIgnored;

/**
 * The one mapping of a replication point: what GET shows, what POST, PUT and an import write, and
 * what "the file says nothing new" means for an import (the same write onto a copy).
 */
@Mapper(config = MappingConfig.class)
public interface PointMapper {

  /**
   * The point as a reader sees it: the leader's name and phone only within the point's own unit.
   */
  @Mapping(target = "leaderName", source = "point", qualifiedByName = "leaderName")
  @Mapping(target = "leaderPhone", source = "point", qualifiedByName = "leaderPhone")
  @Mapping(target = "leaderHidden", source = "point", qualifiedByName = "leaderHidden")
  PointDto toDto(ReplicationPoint point, @Context boolean showLeader);

  /** The input that would leave the point as it is. */
  @Mapping(target = "latitude", qualifiedByName = "coordinate")
  @Mapping(target = "longitude", qualifiedByName = "coordinate")
  PointInput toInput(ReplicationPoint point);

  /** A detached copy to try a write on: it is never persisted. */
  ReplicationPoint copy(ReplicationPoint point);

  /**
   * The input's fields onto the point, cleaned up; rules and references are the service's, and so
   * are the fields below that the input does not decide alone.
   */
  @TrackedFieldsIgnored
  @Mapping(target = "id", ignore = true)
  @Mapping(target = "provinceCode", ignore = true) // the commune's, set by the service
  @Mapping(target = "legacyCode", ignore = true) // the pre-2025 code the service resolved
  @Mapping(target = "statusSince", ignore = true) // dated by the service when the status changes
  @Mapping(
      target = "status",
      nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  @Mapping(target = "externalId", qualifiedByName = "text")
  @Mapping(target = "placeName", qualifiedByName = "text")
  @Mapping(target = "leaderName", qualifiedByName = "text")
  @Mapping(target = "leaderPhone", qualifiedByName = "text")
  @Mapping(target = "teamCount", qualifiedByName = "zeroIfNull")
  @Mapping(target = "memberCount", qualifiedByName = "zeroIfNull")
  @Mapping(target = "coreMemberCount", qualifiedByName = "zeroIfNull")
  @Mapping(target = "latitude", qualifiedByName = "coordinate")
  @Mapping(target = "longitude", qualifiedByName = "coordinate")
  void update(@MappingTarget ReplicationPoint point, PointInput input);

  /** The same input with the 2025 commune in place of the pre-2025 one it was given. */
  @Mapping(target = "communeCode", source = "commune")
  PointInput withCommune(PointInput input, String commune);

  /** True when writing the input would change none of the point's fields. */
  default boolean unchangedBy(ReplicationPoint point, PointInput input) {
    ReplicationPoint after = copy(point);
    update(after, input);
    return toInput(point).equals(toInput(after));
  }

  /** Six decimals, as the column stores them (about 10 cm). */
  @Named("coordinate")
  static BigDecimal coordinate(BigDecimal degrees) {
    return degrees == null ? null : degrees.setScale(6, RoundingMode.HALF_UP);
  }

  @Named("leaderName")
  static String leaderName(ReplicationPoint point, @Context boolean showLeader) {
    return showLeader ? point.leaderName : null;
  }

  @Named("leaderPhone")
  static String leaderPhone(ReplicationPoint point, @Context boolean showLeader) {
    return showLeader ? point.leaderPhone : null;
  }

  @Named("leaderHidden")
  static boolean leaderHidden(ReplicationPoint point, @Context boolean showLeader) {
    return !showLeader && (point.leaderName != null || point.leaderPhone != null);
  }
}
