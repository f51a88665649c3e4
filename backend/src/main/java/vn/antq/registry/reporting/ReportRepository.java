package vn.antq.registry.reporting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.Where;

/** Every query on the report table. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, Long> {

  public Optional<Report> find(String obligationCode, String period, String unit) {
    return find("obligationCode = ?1 and period = ?2 and unit = ?3", obligationCode, period, unit)
        .firstResultOptional();
  }

  /** The reports of an obligation and period, by unit (a province's only when one is given). */
  public Map<String, Report> byUnit(String obligationCode, String period, String provinceCode) {
    Where where =
        new Where()
            .eq("obligationCode", "obligation", obligationCode)
            .eq("period", "period", period)
            .eq("provinceCode", "province", provinceCode);
    Map<String, Report> result = new HashMap<>();
    for (Report report : find(where.hql(), where.parameters()).list()) {
      result.put(report.unit, report);
    }
    return result;
  }

  /**
   * The reports of these provinces whose periods overlap [from, to], read with a share lock: an
   * approval of one of them waits until the reader's transaction ends, and a reader after an
   * approval sees it.
   */
  public List<Report> lockingRead(Collection<String> provinceCodes, LocalDate from, LocalDate to) {
    return find(
            "provinceCode in ?1 and periodStart <= ?2 and periodEnd >= ?3", provinceCodes, to, from)
        .withLock(LockModeType.PESSIMISTIC_READ)
        .list();
  }

  /** Approved reports whose period contains the given one, in a scope, newest approval first. */
  public PageResult<Report> approvedContaining(
      LocalDate start, LocalDate end, String provinceCode, String communeCode, PageParams paging) {
    Where where =
        new Where()
            .clause("workflow = :approved", "approved", ReportWorkflow.APPROVED)
            .clause("periodStart <= :start", "start", start)
            .clause("periodEnd >= :end", "end", end)
            .eq("provinceCode", "province", provinceCode)
            .eq("communeCode", "commune", communeCode);
    return where.page(
        this,
        paging,
        Map.of("approvedAt", "approvedAt", "period", "periodStart", "id", "id"),
        "-approvedAt");
  }

  public long countByObligation(String obligationCode) {
    return count("obligationCode", obligationCode);
  }
}
