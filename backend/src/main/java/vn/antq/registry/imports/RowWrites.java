package vn.antq.registry.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Supplier;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.ProblemException;

/**
 * Writes one row through the same service as the JSON API, so every rule, permission and audit
 * applies. Atomic imports and dry runs share the import's transaction (a bad row dooms it, as
 * intended); partial imports give each row its own, so a refused row takes nothing else with it.
 */
public final class RowWrites {

  private RowWrites() {}

  /**
   * Bean validation of a row's input, as the JSON API applies it; each violation is reported under
   * its column.
   */
  public static <T> boolean valid(
      jakarta.validation.Validator validator, T input, Row row, ImportReport report) {
    java.util.Set<jakarta.validation.ConstraintViolation<T>> violations = validator.validate(input);
    for (jakarta.validation.ConstraintViolation<T> v : violations) {
      String field = v.getPropertyPath().toString();
      report.conflict(row.number(), field, row.get(field), v.getMessage());
    }
    return violations.isEmpty();
  }

  /**
   * Creates the row when nothing is stored yet, leaves it when the input changes nothing, updates
   * it otherwise, and counts which in the report. True when created.
   */
  public static <E> Boolean upsert(
      ImportReport report,
      E existing,
      Runnable create,
      java.util.function.Predicate<E> unchanged,
      java.util.function.Consumer<E> update) {
    if (existing == null) {
      create.run();
      report.created++;
      return Boolean.TRUE;
    }
    if (unchanged.test(existing)) {
      report.unchanged++;
      return Boolean.FALSE;
    }
    update.accept(existing);
    report.updated++;
    return Boolean.FALSE;
  }

  /**
   * Every 500 rows, hands written rows to the database and forgets them, so that a long file does
   * not fill the session. Partial imports commit each row by itself and keep nothing.
   */
  public static void release(jakarta.persistence.EntityManager em, ImportReport report) {
    if (report.rows % 500 == 0 && report.mode != ImportMode.PARTIAL) {
      em.flush();
      em.clear();
    }
  }

  /** The write's result, or null after reporting why the service refused the row. */
  public static <T> T write(ImportReport report, Row row, Supplier<T> write) {
    try {
      if (report.mode == ImportMode.PARTIAL && !report.dryRun) {
        return QuarkusTransaction.requiringNew().call(write::get);
      }
      return write.get();
    } catch (ProblemException e) {
      report.rejected++;
      if (e.errors == null || e.errors.isEmpty()) {
        report.conflict(row.number(), null, null, e.getMessage());
      } else {
        for (FieldError error : e.errors) {
          report.conflict(row.number(), error.field(), row.get(error.field()), error.message());
        }
      }
      return null;
    } catch (RuntimeException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ProblemException problem) {
        report.reject(row.number(), null, null, problem.getMessage());
        return null;
      }
      throw e;
    }
  }
}
