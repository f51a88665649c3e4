package vn.antq.registry.outcome;

import java.util.Collection;
import java.util.Map;

/**
 * Reads the values of some units and periods as a write will leave them: the stored ones after a
 * POST, the stored ones overlaid with a file's checked rows in an import that does not write (a dry
 * run, an atomic import with a bad row).
 */
@FunctionalInterface
public interface OutcomeValues {

  /** The values of these pairs among these indicators; a pair with none is absent. */
  Map<UnitPeriod, UnitValues> read(Collection<UnitPeriod> keys, Collection<String> indicatorCodes);
}
