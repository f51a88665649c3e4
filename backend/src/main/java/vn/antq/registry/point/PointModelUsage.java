package vn.antq.registry.point;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.antq.registry.model.ModelUsage;

/** A model's replication points, counted for the 409 that stops deleting a model with points. */
@ApplicationScoped
public class PointModelUsage implements ModelUsage {

  @Inject PointRepository points;

  @Override
  public String noun() {
    return "điểm nhân rộng";
  }

  @Override
  public int order() {
    return 1;
  }

  @Override
  public long count(String modelCode) {
    return points.countByModel(modelCode);
  }
}
