package vn.antq.registry.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of an export, each the component of that name of the row's record: with the import's
 * column names, a file exported imports back by construction. A column the record does not have
 * fails when the class that declares the export loads, not in a user's download.
 */
public final class RecordColumns<T extends Record> {

  private final List<String> header;
  private final List<Method> accessors;

  private RecordColumns(List<String> header, List<Method> accessors) {
    this.header = header;
    this.accessors = accessors;
  }

  public static <T extends Record> RecordColumns<T> of(Class<T> type, List<String> names) {
    Map<String, Method> byName =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor));
    List<Method> accessors = new ArrayList<>(names.size());
    for (String name : names) {
      Method accessor = byName.get(name);
      if (accessor == null) {
        throw new IllegalStateException(
            type.getSimpleName() + " has no component " + name + " to export");
      }
      accessors.add(accessor);
    }
    return new RecordColumns<>(List.copyOf(names), List.copyOf(accessors));
  }

  public List<String> header() {
    return header;
  }

  /** One row's cells, in the header's order. */
  public Function<T, List<Object>> cells() {
    return row -> {
      List<Object> cells = new ArrayList<>(accessors.size());
      for (Method accessor : accessors) {
        try {
          cells.add(accessor.invoke(row));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + accessor.getName(), e);
        }
      }
      return cells;
    };
  }
}
