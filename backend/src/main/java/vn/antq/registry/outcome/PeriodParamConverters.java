package vn.antq.registry.outcome;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import vn.antq.registry.common.ParameterProblem;
import vn.antq.registry.common.ProblemException;

/**
 * Turns a query value into a {@link Period} (blank: none) or {@link Periods} (comma-separated), so
 * resources declare the type they mean. A bad value is the usual 400 problem naming the query
 * parameter, which is why the converter is built per parameter: JAX-RS hands a converter the value
 * only, never its name.
 */
@Provider
public class PeriodParamConverters implements ParamConverterProvider {

  /** The most periods one request may ask for (the API description says 60). */
  static final int MAX_PERIODS = 60;

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == Period.class) {
      return (ParamConverter<T>) new One(name(annotations));
    }
    if (rawType == Periods.class) {
      return (ParamConverter<T>) new Several(name(annotations));
    }
    return null;
  }

  private static String name(Annotation[] annotations) {
    if (annotations != null) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof QueryParam query) {
          return query.value();
        }
      }
    }
    return "period";
  }

  static Period parse(String field, String id) {
    return Period.tryParse(id)
        .orElseThrow(
            () ->
                new ParameterProblem(
                    ProblemException.badRequest(field, Period.invalidMessage(id))));
  }

  private record One(String field) implements ParamConverter<Period> {
    @Override
    public Period fromString(String value) {
      return value == null || value.isBlank() ? null : parse(field, value.strip());
    }

    @Override
    public String toString(Period period) {
      return period == null ? null : period.id();
    }
  }

  private record Several(String field) implements ParamConverter<Periods> {
    @Override
    public Periods fromString(String value) {
      if (value == null || value.isBlank()) {
        return Periods.NONE;
      }
      List<Period> periods = new ArrayList<>();
      for (String id : value.split(",")) {
        Period period = parse(field, id.strip());
        if (!periods.contains(period)) {
          periods.add(period);
        }
      }
      if (periods.size() > MAX_PERIODS) {
        throw new ParameterProblem(
            ProblemException.badRequest(
                field,
                "Tối đa " + MAX_PERIODS + " kỳ mỗi lần (at most " + MAX_PERIODS + " periods)"));
      }
      return new Periods(List.copyOf(periods));
    }

    @Override
    public String toString(Periods periods) {
      return periods == null
          ? null
          : String.join(",", periods.values().stream().map(Period::id).toList());
    }
  }
}
