package vn.antq.registry.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.antq.registry.reporting.AppliesTo;
import vn.antq.registry.reporting.Frequency;
import vn.antq.registry.reporting.ReporterLevel;
import vn.antq.registry.reporting.ReportingObligationInput;
import vn.antq.registry.reporting.ReportingObligationRepository;
import vn.antq.registry.reporting.ReportingObligationService;

/**
 * The reporting obligations behind the demo's figures: points report monthly (the demo spreads its
 * totals month by month over points), provinces send the "sơ kết 6 tháng" and the "tổng kết năm".
 * Each is created only when its code is missing, so a database loaded before obligations existed
 * gets them too, and a changed one is left as its administrators made it.
 */
@ApplicationScoped
class DemoObligations {

  static final String POINT_MONTHLY = "POINT_MONTHLY";
  static final String PROVINCE_HALF_YEAR = "PROVINCE_HALF_YEAR";
  static final String PROVINCE_YEARLY = "PROVINCE_YEARLY";

  /** The earliest period of the article figures (Lai Châu 2017). */
  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);

  @Inject ReportingObligationService service;
  @Inject ReportingObligationRepository obligations;

  @Transactional
  public void seed(DemoData data) {
    List<String> all = indicators(data, period -> true);
    List<String> halfYear = indicators(data, period -> period.contains("S"));
    create(
        POINT_MONTHLY,
        "Báo cáo kết quả hằng tháng của điểm nhân rộng",
        all,
        Frequency.MONTH,
        ReporterLevel.POINT,
        5);
    create(
        PROVINCE_HALF_YEAR,
        "Báo cáo sơ kết 6 tháng của Công an tỉnh",
        halfYear,
        Frequency.HALF,
        ReporterLevel.PROVINCE,
        15);
    create(
        PROVINCE_YEARLY,
        "Báo cáo tổng kết năm của Công an tỉnh",
        all,
        Frequency.YEAR,
        ReporterLevel.PROVINCE,
        30);
  }

  /** The indicators the demo's figures of the matching periods use, in the file's order. */
  private static List<String> indicators(DemoData data, Predicate<String> period) {
    Set<String> codes = new LinkedHashSet<>();
    for (DemoData.ProvinceBlock province : data.provinces()) {
      for (DemoData.OutcomeBlock block : province.outcomes()) {
        if (period.test(block.period())) {
          codes.addAll(block.values().keySet());
        }
      }
    }
    return new ArrayList<>(codes);
  }

  private void create(
      String code,
      String name,
      List<String> indicatorCodes,
      Frequency frequency,
      ReporterLevel level,
      int dueDays) {
    if (obligations.findById(code) != null) {
      return;
    }
    service.create(
        new ReportingObligationInput(
            code,
            name,
            indicatorCodes,
            frequency,
            level,
            AppliesTo.ALL,
            null,
            null,
            dueDays,
            FROM,
            null));
  }
}
