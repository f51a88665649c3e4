package vn.antq.registry.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.antq.registry.common.Lookups;

/** Every query on the indicator table. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  public Indicator require(String code) {
    return Lookups.require(findById(code), "chỉ tiêu", code);
  }

  /**
   * Every indicator's label in display order, as plain rows: a summary reads it on each computed
   * answer, and loading the entities into the session cost about as much as the totals query.
   */
  public List<IndicatorLabel> labels() {
    return getEntityManager()
        .createQuery(
            "select new vn.antq.registry.indicator.IndicatorLabel(i.code, i.name, i.unit, i.sortOrder)"
                + " from Indicator i order by i.sortOrder, i.code",
            IndicatorLabel.class)
        .getResultList();
  }
}
