package vn.antq.registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import vn.antq.registry.common.Codes;
import vn.antq.registry.common.Etags;
import vn.antq.registry.security.Access;

/**
 * The writes of a small national catalogue keyed by a code the client chooses (model categories,
 * indicators): admins only, the code given on create and fixed after, each change in the audit log
 * without a province. The callers hold the transaction.
 */
@ApplicationScoped
public class CatalogueWrites {

  /**
   * One catalogue.
   *
   * @param entity its name in the audit log
   * @param scope what a refused non-admin is told they may not change
   * @param noun what a taken code is said to belong to
   */
  public record Catalogue<E, D>(
      String entity,
      String scope,
      String noun,
      PanacheRepositoryBase<E, String> rows,
      Function<String, E> require,
      Function<E, D> view,
      ToIntFunction<E> version) {}

  @Inject Access access;
  @Inject AuditLog audit;

  /**
   * @param fresh a new row already carrying {@code code}
   * @param apply writes the input into the row
   */
  public <E, D> D create(
      Catalogue<E, D> catalogue, String code, Supplier<E> fresh, Consumer<E> apply) {
    access.requireAdmin(catalogue.scope());
    Codes.requireNew(
        code,
        "Thiếu mã (code is required)",
        catalogue.noun(),
        taken -> catalogue.rows().findById(taken) != null);
    E row = fresh.get();
    apply.accept(row);
    catalogue.rows().persistAndFlush(row);
    D created = catalogue.view().apply(row);
    audit.record(catalogue.entity(), code, AuditAction.CREATE, null, created, null, null);
    return created;
  }

  /**
   * @param given the code the input repeats, if any
   * @param apply checks the input against the row and writes it
   */
  public <E, D> D update(
      Catalogue<E, D> catalogue, String code, String given, String ifMatch, Consumer<E> apply) {
    access.requireAdmin(catalogue.scope());
    E row = catalogue.require().apply(code);
    Etags.check(ifMatch, catalogue.version().applyAsInt(row));
    D before = catalogue.view().apply(row);
    Codes.requireUnchanged(given, code, "Mã không đổi được (code cannot change)");
    apply.accept(row);
    catalogue.rows().flush();
    D after = catalogue.view().apply(row);
    audit.record(catalogue.entity(), code, AuditAction.UPDATE, before, after, null, null);
    return after;
  }
}
