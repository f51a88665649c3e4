package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.point.PointRepository;

/**
 * Checks a batch of outcome values against the registry and resolves each one's reporting unit.
 * Every referenced code is loaded with one query per kind, not one per value.
 */
public final class OutcomeResolver {

  static final BigDecimal MAX_VALUE = new BigDecimal("100000000000000");

  private final References refs;

  private OutcomeResolver(References refs) {
    this.refs = refs;
  }

  /**
   * A resolver for these values: the points they name are fetched now, in one query per thousand.
   */
  public static OutcomeResolver forBatch(References refs, List<OutcomeValue> values) {
    List<Long> ids = new ArrayList<>();
    for (OutcomeValue value : values) {
      if (value != null && value.pointId() != null) {
        ids.add(value.pointId());
      }
    }
    refs.prefetchPoints(ids);
    return new OutcomeResolver(refs);
  }

  /** The resolved value, or empty after adding the reasons to {@code conflicts}. */
  public Optional<ResolvedValue> resolve(
      int index, OutcomeValue v, List<OutcomeConflict> conflicts) {
    int before = conflicts.size();
    References.IndicatorRef indicator = null;
    if (v.indicatorCode() == null || v.indicatorCode().isBlank()) {
      conflicts.add(
          new OutcomeConflict(
              index, "indicatorCode", null, "Thiếu mã chỉ tiêu (indicatorCode is required)"));
    } else {
      indicator = refs.indicators.get(v.indicatorCode());
      if (indicator == null) {
        conflicts.add(
            new OutcomeConflict(
                index,
                "indicatorCode",
                v.indicatorCode(),
                "Không có chỉ tiêu mã '"
                    + Inputs.clip(v.indicatorCode())
                    + "' (unknown indicator)"));
      }
    }
    Period period = null;
    if (v.period() == null || v.period().isBlank()) {
      conflicts.add(
          new OutcomeConflict(
              index,
              "period",
              null,
              "Thiếu kỳ báo cáo; " + Period.FORMAT_HINT + " (period is required)"));
    } else {
      period = Period.tryParse(v.period()).orElse(null);
      if (period == null) {
        conflicts.add(
            new OutcomeConflict(index, "period", v.period(), Period.invalidMessage(v.period())));
      }
    }
    checkValue(index, v.value(), indicator, conflicts);
    Unit unit = resolveUnit(index, v, conflicts);
    if (conflicts.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new ResolvedValue(
            indicator.code(),
            period,
            unit.type,
            unit.key,
            unit.pointId,
            unit.modelCode,
            unit.communeCode,
            unit.provinceCode,
            v.value(),
            unit.legacyCode));
  }

  private static void checkValue(
      int index,
      BigDecimal value,
      References.IndicatorRef indicator,
      List<OutcomeConflict> conflicts) {
    if (value == null) {
      conflicts.add(new OutcomeConflict(index, "value", null, "Thiếu giá trị (value is required)"));
      return;
    }
    String text = value.toPlainString();
    if (value.signum() < 0) {
      conflicts.add(
          new OutcomeConflict(index, "value", text, "Giá trị không được âm (must be ≥ 0)"));
    } else if (value.compareTo(MAX_VALUE) >= 0) {
      conflicts.add(new OutcomeConflict(index, "value", text, "Giá trị quá lớn (must be < 10^14)"));
    } else if (indicator != null
        && !indicator.fractional()
        && value.stripTrailingZeros().scale() > 0) {
      conflicts.add(
          new OutcomeConflict(
              index,
              "value",
              text,
              "Chỉ tiêu "
                  + indicator.code()
                  + " ("
                  + indicator.unit()
                  + ") chỉ nhận số nguyên (whole numbers only)"));
    } else if (value.stripTrailingZeros().scale() > 4) {
      conflicts.add(
          new OutcomeConflict(
              index, "value", text, "Tối đa 4 chữ số thập phân (at most 4 decimals)"));
    }
  }

  private record Unit(
      UnitType type,
      String key,
      Long pointId,
      String modelCode,
      String communeCode,
      String provinceCode,
      String legacyCode) {}

  private Unit resolveUnit(int index, OutcomeValue v, List<OutcomeConflict> conflicts) {
    String communeCode = v.communeCode();
    String provinceCode = v.provinceCode();
    String legacy = null;
    List<String> splitInto = List.of();
    // A pre-2025 code stands for its successor when there is exactly one; a split is never guessed.
    if (communeCode != null && refs.communeProvince(communeCode) == null) {
      List<String> successors =
          refs.successors(communeCode).stream()
              .filter(c -> refs.communeProvince(c) != null)
              .toList();
      if (successors.size() == 1) {
        legacy = communeCode;
        communeCode = successors.get(0);
      } else if (successors.size() > 1) {
        splitInto = successors;
      }
    }
    if (provinceCode != null && !refs.provinces.contains(provinceCode)) {
      List<String> successors =
          refs.successors(provinceCode).stream().filter(refs.provinces::contains).toList();
      if (successors.size() == 1) {
        legacy = legacy == null ? provinceCode : legacy;
        provinceCode = successors.get(0);
      }
    }
    if (v.pointId() != null) {
      PointRepository.Place point = refs.points.get(v.pointId());
      if (point == null) {
        conflicts.add(
            new OutcomeConflict(
                index,
                "pointId",
                String.valueOf(v.pointId()),
                "Không có điểm nhân rộng " + v.pointId() + " (unknown point)"));
        return null;
      }
      if (splitInto.contains(point.communeCode())) {
        // The point names which of the split commune's successors the value belongs to.
        legacy = communeCode;
        communeCode = point.communeCode();
      }
      mustAgree(
          index, "modelCode", v.modelCode(), point.modelCode(), "mô hình của điểm", conflicts);
      mustAgree(index, "communeCode", communeCode, point.communeCode(), "xã của điểm", conflicts);
      mustAgree(
          index, "provinceCode", provinceCode, point.provinceCode(), "tỉnh của điểm", conflicts);
      return new Unit(
          UnitType.POINT,
          "P:" + point.id(),
          point.id(),
          point.modelCode(),
          point.communeCode(),
          point.provinceCode(),
          legacy);
    }
    boolean model = false;
    if (v.modelCode() != null) {
      model = refs.modelExists(v.modelCode());
      if (!model) {
        conflicts.add(
            new OutcomeConflict(
                index,
                "modelCode",
                v.modelCode(),
                "Không có mô hình mã '" + Inputs.clip(v.modelCode()) + "' (unknown model)"));
      }
    }
    if (communeCode != null) {
      if (!splitInto.isEmpty()) {
        conflicts.add(
            new OutcomeConflict(
                index,
                "communeCode",
                communeCode,
                "Xã cũ '"
                    + Inputs.clip(communeCode)
                    + "' đã được chia cho "
                    + splitInto.size()
                    + " xã mới: "
                    + String.join(
                        ", ",
                        splitInto.stream().map(c -> c + " (" + refs.communeName(c) + ")").toList())
                    + "; hãy ghi mã xã mới (old commune was split; give the new commune)"));
        return null;
      }
      String communeProvince = refs.communeProvince(communeCode);
      if (communeProvince == null) {
        conflicts.add(
            new OutcomeConflict(
                index,
                "communeCode",
                communeCode,
                "Không có xã mã '" + Inputs.clip(communeCode) + "' (unknown commune)"));
        return null;
      }
      mustAgree(index, "provinceCode", provinceCode, communeProvince, "tỉnh của xã", conflicts);
      return v.modelCode() != null
          ? new Unit(
              UnitType.MODEL_COMMUNE,
              "MC:" + v.modelCode() + ":" + communeCode,
              null,
              v.modelCode(),
              communeCode,
              communeProvince,
              legacy)
          : new Unit(
              UnitType.COMMUNE,
              "C:" + communeCode,
              null,
              null,
              communeCode,
              communeProvince,
              legacy);
    }
    if (provinceCode != null) {
      if (!refs.provinces.contains(provinceCode)) {
        conflicts.add(
            new OutcomeConflict(
                index,
                "provinceCode",
                provinceCode,
                "Không có tỉnh mã '" + Inputs.clip(provinceCode) + "' (unknown province)"));
        return null;
      }
      return v.modelCode() != null
          ? new Unit(
              UnitType.MODEL_PROVINCE,
              "MP:" + v.modelCode() + ":" + provinceCode,
              null,
              v.modelCode(),
              null,
              provinceCode,
              legacy)
          : new Unit(
              UnitType.PROVINCE, "PR:" + provinceCode, null, null, null, provinceCode, legacy);
    }
    if (model) {
      conflicts.add(
          new OutcomeConflict(
              index,
              "communeCode",
              null,
              "Giá trị của mô hình cần kèm communeCode hoặc provinceCode (a model's value needs its commune or province)"));
    } else if (v.modelCode() == null) {
      conflicts.add(
          new OutcomeConflict(
              index,
              "pointId",
              null,
              "Thiếu đơn vị báo cáo: pointId, hoặc modelCode với communeCode/provinceCode, hoặc communeCode, hoặc provinceCode (reporting unit required)"));
    }
    return null;
  }

  private static void mustAgree(
      int index,
      String field,
      String given,
      String actual,
      String what,
      List<OutcomeConflict> conflicts) {
    if (given != null && !Objects.equals(given, actual)) {
      conflicts.add(
          new OutcomeConflict(
              index,
              field,
              given,
              "Không khớp "
                  + what
                  + " ('"
                  + Inputs.clip(actual)
                  + "') (does not match the point's or commune's "
                  + field
                  + ")"));
    }
  }
}
