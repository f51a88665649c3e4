package vn.antq.registry.outlier;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Every query on the outlier_bound table. */
@ApplicationScoped
public class OutlierBoundRepository implements PanacheRepositoryBase<OutlierBound, String> {

  /** The bounds of these indicators, by indicator (absent: none). */
  public Map<String, OutlierBound> of(Collection<String> indicatorCodes) {
    Map<String, OutlierBound> result = new HashMap<>();
    if (!indicatorCodes.isEmpty()) {
      list("indicatorCode in ?1", indicatorCodes).forEach(b -> result.put(b.indicatorCode, b));
    }
    return result;
  }
}
