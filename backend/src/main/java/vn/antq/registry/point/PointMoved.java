package vn.antq.registry.point;

/**
 * A point now belongs to another commune or model. Fired inside the transaction that moves it, so
 * that features filing records under the point's units (outcome values) move them in the same
 * commit.
 */
public record PointMoved(long pointId, String modelCode, String communeCode, String provinceCode) {}
