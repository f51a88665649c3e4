package vn.antq.registry.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.antq.registry.commune.Commune;
import vn.antq.registry.commune.CommuneInput;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.commune.CommuneService;
import vn.antq.registry.indicator.IndicatorInput;
import vn.antq.registry.indicator.IndicatorRepository;
import vn.antq.registry.indicator.IndicatorService;
import vn.antq.registry.model.ModelInput;
import vn.antq.registry.model.ModelService;
import vn.antq.registry.outcome.OutcomeBatch;
import vn.antq.registry.outcome.OutcomeService;
import vn.antq.registry.outcome.OutcomeValue;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointDto;
import vn.antq.registry.point.PointInput;
import vn.antq.registry.point.PointService;
import vn.antq.registry.security.CurrentActor;

/**
 * Loads, once, the demo data that reproduces the figures of the source articles. It goes through
 * the same services as the API, so the demo obeys every rule a user's data does.
 */
@ApplicationScoped
public class DemoDataLoader {

  static final String DATA_SET = "articles-2017-2024";
  private static final String RESOURCE = "demo/demo-data.json";

  /**
   * Points per outcome block that report monthly values; the rest of a total goes to the province.
   */
  private static final int REPORTING_POINTS = 12;

  @ConfigProperty(name = "antq.demo.enabled", defaultValue = "true")
  boolean enabled;

  @Inject ObjectMapper json;
  @Inject IndicatorService indicators;
  @Inject CommuneService communes;
  @Inject ModelService models;
  @Inject PointService points;
  @Inject OutcomeService outcomes;
  @Inject IndicatorRepository indicatorRepository;
  @Inject CommuneRepository communeRepository;
  @Inject EntityManager em;
  @Inject DemoObligations obligations;

  void onStart(@Observes @jakarta.annotation.Priority(20) StartupEvent event) {
    if (!enabled) {
      return;
    }
    try {
      CurrentActor.asSystem(
          () -> {
            loadOnce();
            obligations.seed(read());
            return null;
          });
    } catch (RuntimeException e) {
      Log.error(
          "Không nạp được dữ liệu mẫu (demo data failed to load); the API runs without it", e);
    }
  }

  // One transaction for the whole data set; a slow first start (a busy machine) must not abort it.
  @Transactional
  @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 600)
  public void loadOnce() {
    Number loaded =
        (Number)
            em.createNativeQuery("select count(*) from demo_data_load where name = ?1")
                .setParameter(1, DATA_SET)
                .getSingleResult();
    if (loaded.longValue() > 0) {
      return;
    }
    long started = System.nanoTime();
    DemoData data = read();
    for (IndicatorInput indicator : data.extraIndicators()) {
      if (indicatorRepository.findById(indicator.code()) == null) {
        indicators.create(indicator);
      }
    }
    int pointCount = 0;
    for (DemoData.ProvinceBlock province : data.provinces()) {
      pointCount += load(province);
    }
    em.createNativeQuery("insert into demo_data_load (name) values (?1)")
        .setParameter(1, DATA_SET)
        .executeUpdate();
    Log.infof(
        "Đã nạp dữ liệu mẫu: %d tỉnh, %d điểm nhân rộng trong %d ms",
        data.provinces().size(), pointCount, (System.nanoTime() - started) / 1_000_000);
  }

  private int load(DemoData.ProvinceBlock block) {
    List<String> communeCodes = new ArrayList<>();
    for (DemoData.CommuneRow row : block.communes()) {
      CommuneInput input =
          new CommuneInput(
              row.code(),
              row.name(),
              row.fullName(),
              row.type(),
              block.provinceCode(),
              row.border(),
              row.hotspot(),
              row.ethnicMinority());
      Commune existing = communeRepository.findById(row.code());
      if (existing == null) {
        communes.create(input);
      } else if (!existing.border && !existing.hotspot && !existing.ethnicMinority) {
        // Loaded from the official list, which carries no flags: the demo's flags describe these
        // communes.
        communes.update(row.code(), input, null);
      }
      communeCodes.add(row.code());
    }
    for (ModelInput model : block.models()) {
      models.create(model);
    }
    List<PointDto> created = new ArrayList<>();
    for (DemoData.PointGroup group : block.pointGroups()) {
      created.addAll(
          createPoints(
              group,
              group.communeCodes() == null || group.communeCodes().isEmpty()
                  ? communeCodes
                  : group.communeCodes()));
    }
    for (DemoData.OutcomeBlock outcome : block.outcomes()) {
      outcomes.upsert(new OutcomeBatch(spread(block.provinceCode(), outcome, created)));
    }
    return created.size();
  }

  private List<PointDto> createPoints(DemoData.PointGroup group, List<String> communeCodes) {
    List<PointDto> created = new ArrayList<>();
    long days = ChronoUnit.DAYS.between(group.establishedFrom(), group.establishedTo());
    int n = group.count();
    for (int i = 0; i < n; i++) {
      LocalDate established =
          group.establishedFrom().plusDays(n == 1 ? 0 : Math.round((double) i * days / (n - 1)));
      String name = group.placeNames().get(i % group.placeNames().size());
      if (i >= group.placeNames().size()) {
        name = name + " - điểm " + (i / group.placeNames().size() + 1);
      }
      created.add(
          points.create(
              new PointInput(
                  null,
                  group.modelCode(),
                  communeCodes.get(i % communeCodes.size()),
                  group.placeType(),
                  name,
                  established,
                  null,
                  null,
                  share(group.teamCount(), n, i),
                  share(group.memberCount(), n, i),
                  share(group.coreMemberCount(), n, i),
                  null,
                  null,
                  null,
                  null)));
    }
    return created;
  }

  /** Point i's part of a total split over n points: the first (total mod n) get one more. */
  static int share(int total, int n, int i) {
    return total / n + (i < total % n ? 1 : 0);
  }

  /**
   * Spreads each total of a period: a tenth is reported for the whole province and period, the rest
   * month by month over up to 12 points that existed when the period began. The sum of the parts is
   * the total exactly (fractions are split in hundredths).
   */
  static List<OutcomeValue> spread(
      String provinceCode, DemoData.OutcomeBlock block, List<PointDto> points) {
    Period period =
        Period.tryParse(block.period())
            .orElseThrow(() -> new IllegalArgumentException(Period.invalidMessage(block.period())));
    List<String> months = new ArrayList<>();
    for (LocalDate month = period.start();
        !month.isAfter(period.end());
        month = month.plusMonths(1)) {
      months.add(String.format("%04d%02d", month.getYear(), month.getMonthValue()));
    }
    List<PointDto> eligible =
        points.stream()
            .filter(p -> p.establishedOn() == null || !p.establishedOn().isAfter(period.start()))
            .toList();
    List<PointDto> reporting = new ArrayList<>();
    int step = Math.max(1, eligible.size() / REPORTING_POINTS);
    for (int i = 0; i < eligible.size() && reporting.size() < REPORTING_POINTS; i += step) {
      reporting.add(eligible.get(i));
    }
    List<OutcomeValue> values = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> entry : block.values().entrySet()) {
      long hundredths =
          entry.getValue().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
      int cells = months.size() * reporting.size();
      long provincePart = cells == 0 ? hundredths : hundredths / 10;
      boolean whole = entry.getValue().stripTrailingZeros().scale() <= 0;
      if (whole) {
        provincePart -= provincePart % 100;
      }
      long rest = hundredths - provincePart;
      if (provincePart > 0) {
        values.add(
            new OutcomeValue(
                entry.getKey(),
                period.id(),
                BigDecimal.valueOf(provincePart, 2),
                null,
                null,
                null,
                provinceCode));
      }
      if (cells == 0 || rest == 0) {
        continue;
      }
      long unit = whole ? 100 : 1;
      long units = rest / unit;
      for (int c = 0; c < cells; c++) {
        long part = (units / cells + (c < units % cells ? 1 : 0)) * unit;
        if (part > 0) {
          PointDto point = reporting.get(c % reporting.size());
          values.add(
              new OutcomeValue(
                  entry.getKey(),
                  months.get(c / reporting.size()),
                  BigDecimal.valueOf(part, 2),
                  point.id(),
                  null,
                  null,
                  null));
        }
      }
    }
    return values;
  }

  private DemoData read() {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return json.copy()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(in, DemoData.class);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
