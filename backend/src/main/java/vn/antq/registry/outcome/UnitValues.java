package vn.antq.registry.outcome;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The values of one unit and period, by indicator code, with the unit spelled out (every value of a
 * unit carries the same point, commune and province).
 */
public record UnitValues(
    UnitPeriod key,
    UnitType unitType,
    Long pointId,
    String communeCode,
    String provinceCode,
    Map<String, BigDecimal> values) {}
