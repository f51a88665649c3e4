package vn.antq.registry.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the HQL filter of a list endpoint from the query parameters that are present. */
public final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final Parameters parameters = new Parameters();

  public Where eq(String field, String param, Object value) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      clauses.add(field + " = :" + param);
      parameters.and(param, value);
    }
    return this;
  }

  /**
   * A list endpoint's filter record as it stands: each component is an equality on the entity field
   * of the same name, {@code q} the folded search over {@code searchText}; absent components add
   * nothing.
   */
  public static Where matching(Record filter) {
    Where where = new Where();
    for (RecordComponent component : filter.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(filter);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      String name = component.getName();
      if (name.equals("q")) {
        where.search("searchText", (String) value);
      } else {
        where.eq(name, name, value);
      }
    }
    return where;
  }

  /** Accent- and case-insensitive "contains" over a folded search column. */
  public Where search(String field, String query) {
    if (query != null && !query.isBlank()) {
      clauses.add(field + " like :q");
      parameters.and("q", Text.containsPattern(query));
    }
    return this;
  }

  public Where clause(String clause, String param, Object value) {
    if (value != null) {
      clauses.add(clause);
      parameters.and(param, value);
    }
    return this;
  }

  public String hql() {
    return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
  }

  public Parameters parameters() {
    return parameters;
  }

  public <E extends PanacheEntityBase> PageResult<E> page(
      PanacheQuery<E> query, PageParams params) {
    PageParams.Checked paging = params.check();
    List<E> items = query.page(Page.of(paging.page(), paging.size())).list();
    return new PageResult<>(items, paging.page(), paging.size(), query.count());
  }

  /**
   * One page of the repository's rows that match, in the order {@code paging.sort} asks among
   * {@code sorts} (API field to entity field), {@code defaultSort} when it asks none.
   */
  public <E extends PanacheEntityBase> PageResult<E> page(
      PanacheRepositoryBase<E, ?> repository,
      PageParams paging,
      Map<String, String> sorts,
      String defaultSort) {
    return page(repository, Sorting.parse(paging.sort, sorts, defaultSort), paging);
  }

  public <E extends PanacheEntityBase> PageResult<E> page(
      PanacheRepositoryBase<E, ?> repository, Sort sort, PageParams paging) {
    return IdsFirstPage.page(repository, hql(), parameters, sort, paging.check())
        .orElseGet(() -> page(repository.find(hql(), sort, parameters), paging));
  }
}
