package vn.antq.registry.validation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.registry.common.Lookups;

/** Every query on the validation rule tables. */
@ApplicationScoped
public class ValidationRuleRepository implements PanacheRepositoryBase<ValidationRule, String> {

  public ValidationRule require(String code) {
    return Lookups.require(findById(code), "quy tắc kiểm tra", code);
  }
}
