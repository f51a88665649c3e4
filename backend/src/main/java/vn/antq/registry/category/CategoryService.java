package vn.antq.registry.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.antq.registry.audit.CatalogueWrites;
import vn.antq.registry.audit.CatalogueWrites.Catalogue;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.Where;

@ApplicationScoped
public class CategoryService {

  @Inject CatalogueWrites writes;
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
    return writes.create(
        catalogue(),
        input.code(),
        () -> {
          ModelCategory category = new ModelCategory();
          category.code = input.code();
          return category;
        },
        category -> mapper.update(category, input));
  }

  @Transactional
  public CategoryDto update(String code, CategoryInput input, String ifMatch) {
    return writes.update(
        catalogue(), code, input.code(), ifMatch, category -> mapper.update(category, input));
  }

  private Catalogue<ModelCategory, CategoryDto> catalogue() {
    return new Catalogue<>(
        "model-category",
        "lĩnh vực mô hình",
        "lĩnh vực",
        categories,
        categories::require,
        mapper::toDto,
        category -> category.version);
  }
}
