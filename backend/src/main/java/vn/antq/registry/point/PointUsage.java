package vn.antq.registry.point;

/**
 * Outcome values a point has, counted by the feature that stores them: a point with values is
 * retired rather than deleted, without point reading their table.
 */
public interface PointUsage {

  long outcomesOf(long pointId);
}
