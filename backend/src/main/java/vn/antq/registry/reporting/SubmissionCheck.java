package vn.antq.registry.reporting;

import java.util.List;
import vn.antq.registry.outcome.Period;

/**
 * What must hold before a unit may submit its report (no error-level rule violation, for one).
 * Other features implement it, so reporting does not depend on them.
 */
public interface SubmissionCheck {

  /**
   * Why the unit may not submit, one bilingual message per problem; empty: nothing blocks.
   *
   * @param pointId the point whose values count (POINT reports), else null
   * @param communeCode the commune whose values count (COMMUNE reports), else null
   * @param provinceCode the unit's province (PROVINCE reports: its province-level values)
   */
  List<String> blocking(Period period, Long pointId, String communeCode, String provinceCode);
}
