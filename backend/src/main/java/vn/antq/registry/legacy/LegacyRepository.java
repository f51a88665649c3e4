package vn.antq.registry.legacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every query on legacy_unit and legacy_successor (pre-2025 units and their 2025 successors). */
@ApplicationScoped
public class LegacyRepository implements PanacheRepositoryBase<LegacyUnit, String> {

  /** The 2025 codes a pre-2025 code became, in code order (none when the code is unknown). */
  @SuppressWarnings("unchecked")
  public List<String> successorCodes(String oldCode) {
    return getEntityManager()
        .createNativeQuery(
            "select new_code from legacy_successor where old_code = ?1 order by new_code")
        .setParameter(1, oldCode)
        .getResultList();
  }

  /** Every stored pair as "old>new". */
  public Set<String> successorPairs() {
    Set<String> stored = new HashSet<>();
    for (Object row :
        getEntityManager()
            .createNativeQuery("select old_code, new_code from legacy_successor")
            .getResultList()) {
      Object[] pair = (Object[]) row;
      stored.add(pair[0] + ">" + pair[1]);
    }
    return stored;
  }
}
