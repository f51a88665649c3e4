package vn.antq.registry.province;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.antq.registry.common.Lookups;

/** Every query on the province table. */
@ApplicationScoped
public class ProvinceRepository implements PanacheRepositoryBase<Province, String> {

  /** The province or 404: for path parameters. */
  public Province require(String code) {
    return Lookups.require(findById(code), "tỉnh", code);
  }

  /** The province or 422 naming the field: for codes inside a request body. */
  public Province reference(String field, String code) {
    return Lookups.reference(field, code, this::findById, "tỉnh", "province");
  }

  public boolean exists(String code) {
    return count("code", code) > 0;
  }

  public List<String> codes() {
    return getEntityManager()
        .createQuery("select p.code from Province p", String.class)
        .getResultList();
  }

  /** Code and name of every province, by name: the rows of the 34-province comparison. */
  public List<Province> byName() {
    return list("order by name");
  }
}
