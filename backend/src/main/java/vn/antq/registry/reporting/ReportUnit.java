package vn.antq.registry.reporting;

/**
 * A unit that must report: a replication point, a commune or a province. {@code key} is how the API
 * names it (point id, commune code, province code).
 */
record ReportUnit(
    ReporterLevel level,
    String key,
    String name,
    Long pointId,
    String modelCode,
    String communeCode,
    String provinceCode) {}
