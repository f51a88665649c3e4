package vn.antq.registry.outlier;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Every query on the follow_up table. */
@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, Long> {

  /** The marks of these values, by value id (absent: not marked). */
  public Map<Long, FollowUp> of(Collection<Long> outcomeIds) {
    Map<Long, FollowUp> result = new HashMap<>();
    if (!outcomeIds.isEmpty()) {
      list("outcomeId in ?1", outcomeIds).forEach(f -> result.put(f.outcomeId, f));
    }
    return result;
  }
}
