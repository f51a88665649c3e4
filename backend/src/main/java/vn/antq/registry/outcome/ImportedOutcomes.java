package vn.antq.registry.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.antq.registry.audit.ImportedCreations;
import vn.antq.registry.common.Inputs;

/**
 * Values created by a file import have no audit row of their own: they keep the import's id
 * (outcome.created_by_import), and the audit API asks here for it and for the value as its audit
 * rows would show it.
 */
@ApplicationScoped
public class ImportedOutcomes implements ImportedCreations {

  @Inject EntityManager em;

  @Override
  public String entity() {
    return "outcome";
  }

  @Override
  public Optional<Created> created(String key) {
    Long id = Inputs.integer(key);
    if (id == null) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.created_by_import, "
                    + OutcomeMerge.STORED_JSON
                    + " from outcome s where s.id = ?1 and s.created_by_import is not null")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Created(((Number) r[0]).longValue(), (String) r[1]));
  }
}
