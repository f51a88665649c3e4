package vn.antq.registry.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Codes;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.Where;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class CategoryService {

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject CategoryRepository categories;
  @Inject CategoryMapper mapper;

  private static final Map<String, String> SORTS =
      Map.of("code", "code", "name", "name", "sortOrder", "sortOrder");

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<CategoryDto> list(PageParams paging) {
    return new Where().page(categories, paging, SORTS, "sortOrder,code").map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CategoryDto get(String code) {
    return mapper.toDto(categories.require(code));
  }

  @Transactional
  public CategoryDto create(CategoryInput input) {
    access.requireAdmin("lĩnh vực mô hình");
    Codes.requireNew(
        input.code(),
        "Thiếu mã (code is required)",
        "lĩnh vực",
        code -> categories.findById(code) != null);
    ModelCategory category = new ModelCategory();
    category.code = input.code();
    mapper.update(category, input);
    categories.persistAndFlush(category);
    CategoryDto created = mapper.toDto(category);
    audit.record("model-category", category.code, AuditAction.CREATE, null, created, null, null);
    return created;
  }

  @Transactional
  public CategoryDto update(String code, CategoryInput input, String ifMatch) {
    access.requireAdmin("lĩnh vực mô hình");
    ModelCategory category = categories.require(code);
    Etags.check(ifMatch, category.version);
    CategoryDto before = mapper.toDto(category);
    Codes.requireUnchanged(input.code(), code, "Mã không đổi được (code cannot change)");
    mapper.update(category, input);
    categories.flush();
    CategoryDto after = mapper.toDto(category);
    audit.record("model-category", code, AuditAction.UPDATE, before, after, null, null);
    return after;
  }
}
