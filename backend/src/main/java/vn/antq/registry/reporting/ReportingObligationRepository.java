package vn.antq.registry.reporting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.antq.registry.common.Lookups;

/** Every query on the reporting obligation tables. */
@ApplicationScoped
public class ReportingObligationRepository
    implements PanacheRepositoryBase<ReportingObligation, String> {

  public ReportingObligation require(String code) {
    return Lookups.require(findById(code), "nghĩa vụ báo cáo", code);
  }
}
