package vn.antq.registry.indicator;

/** What a summary shows of an indicator beside its total. */
public record IndicatorLabel(String code, String name, String unit, int sortOrder) {}
