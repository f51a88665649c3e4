package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.antq.registry.commune.Commune;
import vn.antq.registry.indicator.Indicator;
import vn.antq.registry.model.Model;
import vn.antq.registry.point.ReplicationPoint;
import vn.antq.registry.province.Province;

/**
 * Checks a batch of outcome values against the registry and resolves each one's reporting unit.
 * Every referenced code is loaded with one query per kind, not one per value.
 */
public final class OutcomeResolver {

  static final BigDecimal MAX_VALUE = new BigDecimal("100000000000000");

  private final Map<String, Indicator> indicators;
  private final Map<Long, ReplicationPoint> points;
  private final Map<String, Model> models;
  private final Map<String, Commune> communes;
  private final Map<String, Province> provinces;

  private OutcomeResolver(List<OutcomeValue> values) {
    indicators = Indicator.<Indicator>listAll().stream().collect(Collectors.toMap(i -> i.code, Function.identity()));
    provinces = Province.<Province>listAll().stream().collect(Collectors.toMap(p -> p.code, Function.identity()));
    points = load(ReplicationPoint.class, "id", collect(values, OutcomeValue::pointId), p -> ((ReplicationPoint) p).id);
    models = load(Model.class, "code", collect(values, OutcomeValue::modelCode), m -> ((Model) m).code);
    Set<String> communeCodes = collect(values, OutcomeValue::communeCode);
    communes = load(Commune.class, "code", communeCodes, c -> ((Commune) c).code);
  }

  public static OutcomeResolver forBatch(List<OutcomeValue> values) {
    return new OutcomeResolver(values);
  }

  /** The resolved value, or empty after adding the reasons to {@code conflicts}. */
  public Optional<ResolvedValue> resolve(int index, OutcomeValue v, List<Conflict> conflicts) {
    int before = conflicts.size();
    Indicator indicator = null;
    if (v.indicatorCode() == null || v.indicatorCode().isBlank()) {
      conflicts.add(new Conflict(index, "indicatorCode", null, "Thiếu mã chỉ tiêu (indicatorCode is required)"));
    } else {
      indicator = indicators.get(v.indicatorCode());
      if (indicator == null) {
        conflicts.add(new Conflict(index, "indicatorCode", v.indicatorCode(), "Không có chỉ tiêu mã '" + v.indicatorCode() + "' (unknown indicator)"));
      }
    }
    Period period = null;
    if (v.period() == null || v.period().isBlank()) {
      conflicts.add(new Conflict(index, "period", null, "Thiếu kỳ báo cáo; " + Period.FORMAT_HINT + " (period is required)"));
    } else {
      period = Period.tryParse(v.period()).orElse(null);
      if (period == null) {
        conflicts.add(new Conflict(index, "period", v.period(), Period.invalidMessage(v.period())));
      }
    }
    checkValue(index, v.value(), indicator, conflicts);
    Unit unit = resolveUnit(index, v, conflicts);
    if (conflicts.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedValue(indicator.code, period, unit.type, unit.key, unit.pointId, unit.modelCode, unit.communeCode,
        unit.provinceCode, v.value()));
  }

  private static void checkValue(int index, BigDecimal value, Indicator indicator, List<Conflict> conflicts) {
    if (value == null) {
      conflicts.add(new Conflict(index, "value", null, "Thiếu giá trị (value is required)"));
      return;
    }
    String text = value.toPlainString();
    if (value.signum() < 0) {
      conflicts.add(new Conflict(index, "value", text, "Giá trị không được âm (must be ≥ 0)"));
    } else if (value.compareTo(MAX_VALUE) >= 0) {
      conflicts.add(new Conflict(index, "value", text, "Giá trị quá lớn (must be < 10^14)"));
    } else if (indicator != null && !indicator.fractional && value.stripTrailingZeros().scale() > 0) {
      conflicts.add(new Conflict(index, "value", text, "Chỉ tiêu " + indicator.code + " (" + indicator.unit
          + ") chỉ nhận số nguyên (whole numbers only)"));
    } else if (value.stripTrailingZeros().scale() > 4) {
      conflicts.add(new Conflict(index, "value", text, "Tối đa 4 chữ số thập phân (at most 4 decimals)"));
    }
  }

  private record Unit(UnitType type, String key, Long pointId, String modelCode, String communeCode, String provinceCode) {
  }

  private Unit resolveUnit(int index, OutcomeValue v, List<Conflict> conflicts) {
    if (v.pointId() != null) {
      ReplicationPoint point = points.get(v.pointId());
      if (point == null) {
        conflicts.add(new Conflict(index, "pointId", String.valueOf(v.pointId()), "Không có điểm nhân rộng " + v.pointId() + " (unknown point)"));
        return null;
      }
      mustAgree(index, "modelCode", v.modelCode(), point.modelCode, "mô hình của điểm", conflicts);
      mustAgree(index, "communeCode", v.communeCode(), point.communeCode, "xã của điểm", conflicts);
      mustAgree(index, "provinceCode", v.provinceCode(), point.provinceCode, "tỉnh của điểm", conflicts);
      return new Unit(UnitType.POINT, "P:" + point.id, point.id, point.modelCode, point.communeCode, point.provinceCode);
    }
    Model model = null;
    if (v.modelCode() != null) {
      model = models.get(v.modelCode());
      if (model == null) {
        conflicts.add(new Conflict(index, "modelCode", v.modelCode(), "Không có mô hình mã '" + v.modelCode() + "' (unknown model)"));
      }
    }
    if (v.communeCode() != null) {
      Commune commune = communes.get(v.communeCode());
      if (commune == null) {
        conflicts.add(new Conflict(index, "communeCode", v.communeCode(), "Không có xã mã '" + v.communeCode() + "' (unknown commune)"));
        return null;
      }
      mustAgree(index, "provinceCode", v.provinceCode(), commune.provinceCode, "tỉnh của xã", conflicts);
      return v.modelCode() != null
          ? new Unit(UnitType.MODEL_COMMUNE, "MC:" + v.modelCode() + ":" + commune.code, null, v.modelCode(), commune.code, commune.provinceCode)
          : new Unit(UnitType.COMMUNE, "C:" + commune.code, null, null, commune.code, commune.provinceCode);
    }
    if (v.provinceCode() != null) {
      if (!provinces.containsKey(v.provinceCode())) {
        conflicts.add(new Conflict(index, "provinceCode", v.provinceCode(), "Không có tỉnh mã '" + v.provinceCode() + "' (unknown province)"));
        return null;
      }
      return v.modelCode() != null
          ? new Unit(UnitType.MODEL_PROVINCE, "MP:" + v.modelCode() + ":" + v.provinceCode(), null, v.modelCode(), null, v.provinceCode())
          : new Unit(UnitType.PROVINCE, "PR:" + v.provinceCode(), null, null, null, v.provinceCode());
    }
    if (model != null) {
      conflicts.add(new Conflict(index, "communeCode", null,
          "Giá trị của mô hình cần kèm communeCode hoặc provinceCode (a model's value needs its commune or province)"));
    } else if (v.modelCode() == null) {
      conflicts.add(new Conflict(index, "pointId", null,
          "Thiếu đơn vị báo cáo: pointId, hoặc modelCode với communeCode/provinceCode, hoặc communeCode, hoặc provinceCode (reporting unit required)"));
    }
    return null;
  }

  private static void mustAgree(int index, String field, String given, String actual, String what, List<Conflict> conflicts) {
    if (given != null && !Objects.equals(given, actual)) {
      conflicts.add(new Conflict(index, field, given, "Không khớp " + what + " ('" + actual + "') (does not match the point's or commune's " + field + ")"));
    }
  }

  private static <T> Set<T> collect(List<OutcomeValue> values, Function<OutcomeValue, T> field) {
    Set<T> result = new HashSet<>();
    for (OutcomeValue value : values) {
      if (value != null && field.apply(value) != null) {
        result.add(field.apply(value));
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static <K, E> Map<K, E> load(Class<E> type, String idField, Collection<K> ids, Function<Object, K> id) {
    Map<K, E> result = new HashMap<>();
    List<K> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += 1000) {
      List<K> chunk = all.subList(from, Math.min(all.size(), from + 1000));
      List<E> rows = Model.getEntityManager()
          .createQuery("from " + type.getSimpleName() + " where " + idField + " in :ids", type)
          .setParameter("ids", chunk).getResultList();
      for (E row : rows) {
        result.put(id.apply(row), row);
      }
    }
    return result;
  }
}
