package vn.antq.registry.support;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Inputs with every field set, and copies that differ in one field: what a test needs to show that
 * a mapping carries each field, including the ones added after it was written.
 */
public final class SampleRecords {

  private SampleRecords() {}

  /**
   * Asserts that {@code back}, read from an entity that {@code sent} updated, carries every
   * component of {@code sent}, except those the service sets (which come back null).
   */
  public static <R extends Record> void assertCarried(R sent, R back, List<String> serviceOwned) {
    for (RecordComponent component : sent.getClass().getRecordComponents()) {
      Object read = read(component, back);
      if (serviceOwned.contains(component.getName())) {
        org.assertj.core.api.Assertions.assertThat(read).as(component.getName()).isNull();
      } else {
        org.assertj.core.api.Assertions.assertThat(read)
            .as(component.getName())
            .isEqualTo(read(component, sent));
      }
    }
  }

  public static List<String> components(Class<? extends Record> type) {
    return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /** Every component set, to values that differ from one variant to the next. */
  public static <R extends Record> R full(Class<R> type, int variant) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = value(components[i].getType(), variant + i);
    }
    return build(type, values);
  }

  /** The same record with one component set to another value than it has. */
  public static <R extends Record> R changed(R record, String component) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) record.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = read(components[i], record);
      if (components[i].getName().equals(component)) {
        Object other = value(components[i].getType(), 7);
        values[i] = other.equals(values[i]) ? value(components[i].getType(), 8) : other;
      }
    }
    return build(type, values);
  }

  /** The same record with one component replaced. */
  public static <R extends Record> R with(R record, String component, Object value) {
    @SuppressWarnings("unchecked")
    Class<R> type = (Class<R>) record.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = components[i].getName().equals(component) ? value : read(components[i], record);
    }
    return build(type, values);
  }

  public static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(Class<?> type, int n) {
    if (type == String.class) {
      return "V" + n;
    } else if (type == LocalDate.class) {
      return LocalDate.of(2020, 1, 1).plusDays(n);
    } else if (type == Integer.class || type == int.class) {
      return n + 1;
    } else if (type == Long.class || type == long.class) {
      return (long) n + 1;
    } else if (type == BigDecimal.class) {
      // Six decimals: what a coordinate column stores.
      return new BigDecimal(n + 1).setScale(6);
    } else if (type == Boolean.class || type == boolean.class) {
      return n % 2 == 0;
    } else if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[n % constants.length];
    }
    throw new IllegalArgumentException("no sample " + type.getSimpleName());
  }

  private static <R extends Record> R build(Class<R> type, Object[] values) {
    Class<?>[] types =
        Stream.of(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
