package vn.antq.registry.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mapstruct.Mapping;

/**
 * On a mapping onto a {@link TrackedEntity}: the columns the entity writes itself (version,
 * timestamps, folded search text) are never taken from an input.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "version", ignore = true)
@Mapping(target = "createdAt", ignore = true)
@Mapping(target = "updatedAt", ignore = true)
@Mapping(target = "searchText", ignore = true)
public @interface TrackedFieldsIgnored {}
