package vn.antq.registry.outcome;

import java.math.BigDecimal;

/** A value that passed every check, with its reporting unit spelled out. */
public record ResolvedValue(
    String indicatorCode,
    Period period,
    UnitType unitType,
    String unitKey,
    Long pointId,
    String modelCode,
    String communeCode,
    String provinceCode,
    BigDecimal value,
    String legacyCode) {

  public String key() {
    return indicatorCode + "|" + period.id() + "|" + unitKey;
  }
}
