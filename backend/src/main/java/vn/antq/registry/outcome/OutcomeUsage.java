package vn.antq.registry.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import vn.antq.registry.indicator.IndicatorValues;
import vn.antq.registry.model.ModelUsage;
import vn.antq.registry.point.PointMoved;
import vn.antq.registry.point.PointUsage;

/**
 * What other features ask about outcome values (does a model or point have any, are an indicator's
 * values whole), and how the values follow a point that moves: answered here so that no other
 * feature reads the outcome table.
 */
@ApplicationScoped
public class OutcomeUsage implements ModelUsage, PointUsage, IndicatorValues {

  @Inject OutcomeRepository outcomes;
  @Inject Locks locks;

  @Override
  public String noun() {
    return "kết quả";
  }

  @Override
  public int order() {
    return 2;
  }

  @Override
  public long count(String modelCode) {
    return outcomes.countByModel(modelCode);
  }

  @Override
  public long outcomesOf(long pointId) {
    return outcomes.countByPoint(pointId);
  }

  @Override
  public boolean anyFractional(String indicatorCode) {
    return outcomes.anyFractional(indicatorCode);
  }

  /** Runs in the mover's transaction (a synchronous observer), so both commit or neither. */
  void onPointMoved(@Observes PointMoved moved) {
    // Moving locked values out of (or into) an approved report would change its figures.
    List<ResolvedValue> values =
        outcomes.list("pointId", moved.pointId()).stream().map(OutcomeService::resolved).toList();
    locks.requireUnlocked(values, IntStream.range(0, values.size()).boxed().toList());
    outcomes.refile(moved.pointId(), moved.modelCode(), moved.communeCode(), moved.provinceCode());
  }
}
