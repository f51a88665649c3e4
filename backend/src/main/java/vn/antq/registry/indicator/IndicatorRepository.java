package vn.antq.registry.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.registry.common.Lookups;

/** Every query on the indicator table. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  public Indicator require(String code) {
    return Lookups.require(findById(code), "chỉ tiêu", code);
  }
}
