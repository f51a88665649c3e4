package vn.antq.registry.outcome;

/** One reporting unit in one period: what a validation rule looks at. */
public record UnitPeriod(String unitKey, String period) {}
