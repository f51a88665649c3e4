package vn.antq.registry.category;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.registry.common.Lookups;

/** Every query on the model_category table. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<ModelCategory, String> {

  public ModelCategory require(String code) {
    return Lookups.require(findById(code), "lĩnh vực", code);
  }

  public ModelCategory reference(String field, String code) {
    return Lookups.reference(field, code, this::findById, "lĩnh vực", "category");
  }
}
