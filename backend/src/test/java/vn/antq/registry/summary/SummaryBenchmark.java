package vn.antq.registry.summary;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.freshness.DataGeneration;
import vn.antq.registry.model.ModelRepository;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointCensus;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/**
 * `make bench-summary`: fills the registry with a national-scale data set (synthetic communes,
 * models, points and outcome rows made inside MariaDB) and prints, for each summary request, the
 * API's median and p95 beside raw SQL reading the same figures from the base table and from the
 * maintained totals (V14). Not part of `make test` (surefire runs *Test classes only); figures, not
 * assertions.
 *
 * <p>Sizes: -Dbench.points (50,000), -Dbench.years (5, ending with {@link #YEAR}),
 * -Dbench.indicators (7 of the 19 each point reports every month), -Dbench.calls (at least 30 timed
 * calls per figure, more until -Dbench.timedMs, 2,000, is spent), -Dbench.warmup (5 untimed calls
 * first), -Dbench.warmupTogetherMs (60,000: the first rows' requests in turn before the table). The
 * defaults make 50,000 × 60 × 7 = 21 million values.
 */
@QuarkusTest
class SummaryBenchmark extends SignedIn {

  private static final int POINTS = Integer.getInteger("bench.points", 50_000);
  private static final int YEARS = Integer.getInteger("bench.years", 5);
  private static final int INDICATORS = Integer.getInteger("bench.indicators", 7);
  private static final int CALLS = Integer.getInteger("bench.calls", 30);
  private static final int WARMUP = Integer.getInteger("bench.warmup", 5);

  /**
   * Warm-up goes on past {@link #WARMUP} calls until this long is spent (at most {@link
   * #MAX_WARMUP} calls), for the API and the SQL alike: a server answers warm, and five calls leave
   * the API's code partly interpreted while JDBC alone is compiled much sooner.
   */
  private static final long WARMUP_NANOS = Long.getLong("bench.warmupMs", 2000) * 1_000_000;

  private static final int MAX_WARMUP = 2000;

  /**
   * Timed calls go on past {@link #CALLS} until this long is spent (at most {@link #MAX_CALLS}):
   * thirty calls of a 1 ms figure moved it by a third between runs.
   */
  private static final long TIMED_NANOS = Long.getLong("bench.timedMs", 2000) * 1_000_000;

  private static final int MAX_CALLS = 2000;

  /**
   * The last year filled and the one asked about: past the demo data (2017–2024), so the figures
   * are the synthetic set's alone.
   */
  static final int YEAR = 2031;

  private static final String MODEL = "BENCH-12-07";

  /** A synthetic commune: about 15 points, 1,260 values a year. */
  private static final String COMMUNE = "60001";

  private static final String PERIOD_LIST = "203101,203102,203103,2031Q1,2031S1,2031";

  @Inject AgroalDataSource dataSource;
  @Inject RegistryClock clock;
  @Inject PointCensus points;
  @Inject ModelRepository models;
  @Inject CommuneRepository communes;
  @Inject DataGeneration generation;

  /**
   * Before the table, the first rows' requests are asked in turn, each computed afresh, for this
   * long: each row's own warm-up left the stack partly compiled for the first rows (the national
   * summary measured 8.6 ms where, a few seconds later, the same call took 4.9 ms).
   */
  private static final long WARMUP_TOGETHER_NANOS =
      Long.getLong("bench.warmupTogetherMs", 60_000) * 1_000_000;

  /** One raw statement with its positional parameters. */
  private record Sql(String text, Object... params) {}

  /** A line of the table: the request, and the SQL it is compared with. */
  private record Row(String path, List<Sql> base, List<Sql> totals, Runnable counts) {}

  @Test
  void summariesOnANationalDataSet() throws SQLException {
    fill();
    System.out.printf(
        "%nLegend: ms. API = the HTTP call through the whole stack, median and p95 of at least %d calls and %d ms (at most %d calls)%n"
            + " after at least %d warm-up calls and %d ms, in a JVM compiling as a server does (C1 and C2),%n"
            + " each computed afresh (a new data generation before every call, as after a write); kept = the median%n"
            + " when the answer kept for the generation is given out (AnswerCache).%n"
            + "Legend: base SQL = the same outcome figures as GROUP BY on `outcome` with the roll-up predicate"
            + " period_start >= ? and period_end <= ? (JDBC, median).%n"
            + "Legend: totals = the same outcome figures from outcome_total_* (JDBC, median); for a commune, which has no"
            + " grain of totals, the same GROUP BY on `outcome` as base SQL, timed with the API.%n"
            + "Legend: counts = the API's own point/model/commune count queries, called in-process (median).%n"
            + "Legend: API, kept, totals and counts are timed in turn in one loop per line; base SQL on its own before it.%n"
            + "Legend: raw = totals + counts; p95/raw = API p95 ÷ raw median; med/raw = API median ÷ raw median.%n%n",
        CALLS, TIMED_NANOS / 1_000_000, MAX_CALLS, WARMUP, WARMUP_NANOS / 1_000_000);

    Period year = period(String.valueOf(YEAR));
    Period quarter = period(YEAR + "Q1");
    Period half = period(YEAR + "S1");
    LocalDate asOfYear = AsOf.date(year, clock.today());
    LocalDate asOfQuarter = AsOf.date(quarter, clock.today());
    LocalDate asOfHalf = AsOf.date(half, clock.today());

    List<Row> rows = new ArrayList<>();
    rows.add(
        new Row(
            "/api/v1/summary?period=" + year.id(),
            List.of(byIndicator(year, "", List.of())),
            List.of(totalsByIndicator("outcome_total_province", List.of(year), "", List.of())),
            () -> {
              models.countsAt(asOfYear, null, null);
              points.countsAt(asOfYear, null, null, null);
              communes.countIn(null);
            }));
    rows.add(
        new Row(
            "/api/v1/summary?period=" + quarter.id(),
            List.of(byIndicator(quarter, "", List.of())),
            List.of(totalsByIndicator("outcome_total_province", List.of(quarter), "", List.of())),
            () -> {
              models.countsAt(asOfQuarter, null, null);
              points.countsAt(asOfQuarter, null, null, null);
              communes.countIn(null);
            }));
    rows.add(
        new Row(
            "/api/v1/provinces/12/summary?period=" + half.id(),
            List.of(byIndicator(half, " and province_code = ?", List.of("12"))),
            List.of(
                totalsByIndicator(
                    "outcome_total_province",
                    List.of(half),
                    " and t.province_code = ?",
                    List.of("12"))),
            () -> {
              models.countsAt(asOfHalf, "12", null);
              points.countsAt(asOfHalf, "12", null, "12");
              communes.countIn("12");
            }));
    rows.add(
        new Row(
            "/api/v1/models/" + MODEL + "/summary?period=" + year.id(),
            List.of(byIndicator(year, " and model_code = ?", List.of(MODEL))),
            List.of(
                totalsByIndicator(
                    "outcome_total_model", List.of(year), " and t.model_code = ?", List.of(MODEL))),
            () -> {
              models.countsAt(asOfYear, null, MODEL);
              points.countsAt(asOfYear, null, MODEL, "12");
              communes.countIn("12");
            }));
    rows.add(
        new Row(
            "/api/v1/summary/provinces?period=" + year.id(),
            List.of(),
            List.of(),
            () -> {
              models.countsAtByProvince(asOfYear);
              points.countsAtByProvince(asOfYear);
              communes.countByProvince();
            }));
    rows.add(
        new Row(
            "/api/v1/summary/communes?provinceCode=12&period=" + year.id(),
            List.of(),
            List.of(),
            () -> {
              points.countsAtByCommune(asOfYear, "12");
              communes.rankedByName("12");
            }));
    rows.add(
        new Row(
            "/api/v1/outcomes/summary?groupBy=provinceCode,indicatorCode&period=" + year.id(),
            List.of(
                new Sql(
                    "select province_code, indicator_code, sum(value) from outcome"
                        + " where period_start >= ? and period_end <= ?"
                        + " group by province_code, indicator_code order by province_code, indicator_code",
                    year.start(),
                    year.end())),
            List.of(
                new Sql(
                    "select t.period, t.province_code, t.indicator_code, sum(t.value) from outcome_total_province t"
                        + " where t.value_count > 0 and t.period in (?)"
                        + " group by t.period, t.province_code, t.indicator_code"
                        + " order by t.period, t.province_code, t.indicator_code",
                    year.id())),
            null));
    rows.add(
        new Row(
            "/api/v1/outcomes/summary?groupBy=indicatorCode&period="
                + year.id()
                + "&provinceCode=12",
            List.of(byIndicator(year, " and province_code = ?", List.of("12"))),
            List.of(
                totalsByIndicator(
                    "outcome_total_province",
                    List.of(year),
                    " and t.province_code = ?",
                    List.of("12"))),
            null));
    rows.add(
        new Row(
            "/api/v1/outcomes/summary?groupBy=indicatorCode&period="
                + year.id()
                + "&communeCode="
                + COMMUNE,
            List.of(),
            // No grain of totals per commune (it would hold about as many rows as the values): the
            // API sums the commune's values, and so does this statement.
            List.of(
                new Sql(
                    "select indicator_code, sum(value) from outcome where period_start >= ?"
                        + " and period_start <= ? and period_end <= ? and commune_code = ?"
                        + " group by indicator_code order by indicator_code",
                    year.start(),
                    year.end(),
                    year.end(),
                    COMMUNE)),
            null));
    List<Period> six = Arrays.stream(PERIOD_LIST.split(",")).map(SummaryBenchmark::period).toList();
    List<Sql> sixFromValues = new ArrayList<>();
    for (Period p : six) {
      // What summing the values costs: one query per asked period, as OutcomeTotals.fromValues
      // runs.
      sixFromValues.add(
          new Sql(
              "select sum(value) from outcome where period_start >= ? and period_end <= ? and province_code = ?",
              p.start(),
              p.end(),
              "12"));
    }
    List<Object> sixParams = new ArrayList<>(six.stream().map(Period::id).toList());
    sixParams.add("12");
    rows.add(
        new Row(
            "/api/v1/outcomes/summary?groupBy=period&period=" + PERIOD_LIST + "&provinceCode=12",
            sixFromValues,
            List.of(
                new Sql(
                    "select t.period, sum(t.value) from outcome_total_province t where t.value_count > 0"
                        + " and t.period in ("
                        + String.join(", ", Collections.nCopies(six.size(), "?"))
                        + ") and t.province_code = ? group by t.period order by t.period",
                    sixParams.toArray())),
            null));

    // Entity and list reads; the first is the fixed cost of any API call (HTTP, token, JSON).
    rows.add(new Row("/api/v1/provinces/12", List.of(), List.of(), null));
    rows.add(
        new Row(
            "/api/v1/replication-points?provinceCode=12&size=50&page=40",
            List.of(),
            List.of(),
            null));
    rows.add(new Row("/api/v1/models?q=tu%20quan&size=20", List.of(), List.of(), null));
    warmUpTogether(rows);
    header();
    for (Row r : rows) {
      row(r.path(), r.base(), r.totals(), r.counts());
    }

    // The reporting cycle: a commune obligation over every commune, a point obligation over every
    // point, and the units × six months grids of a province and of the country.
    signInAgain();
    given()
        .contentType("application/json")
        .body(
            "{\"code\": \"BENCH_COMMUNE_MONTHLY\", \"name\": \"Báo cáo xã hằng tháng\","
                + " \"indicatorCodes\": [\"TIPS_RECEIVED\", \"PATROLS\"], \"frequency\": \"MONTH\","
                + " \"reporterLevel\": \"COMMUNE\", \"dueDaysAfterEnd\": 5, \"validFrom\": \"2017-01-01\"}")
        .post("/api/v1/reporting-obligations")
        .then()
        .statusCode(201);
    String month = YEAR + "03";
    String until = YEAR + "06";
    row(
        "/api/v1/reporting-obligations/BENCH_COMMUNE_MONTHLY/completeness?period="
            + month
            + "&groupBy=province",
        List.of(),
        List.of(),
        null);
    row(
        "/api/v1/reporting-obligations/POINT_MONTHLY/completeness?period="
            + month
            + "&groupBy=province",
        List.of(),
        List.of(),
        null);
    row(
        "/api/v1/reporting-obligations/POINT_MONTHLY/completeness?period="
            + month
            + "&provinceCode=12&groupBy=commune",
        List.of(),
        List.of(),
        null);
    row(
        "/api/v1/reporting-obligations/POINT_MONTHLY/grid?provinceCode=12&until=" + until,
        List.of(),
        List.of(),
        null);
    row(
        "/api/v1/reporting-obligations/BENCH_COMMUNE_MONTHLY/grid?provinceCode=12&until=" + until,
        List.of(),
        List.of(),
        null);
    row(
        "/api/v1/reporting-obligations/POINT_MONTHLY/grid?until=" + until,
        List.of(),
        List.of(),
        null);

    System.out.println();
    explain(
        "select indicator_code, sum(value) from outcome where province_code = '12' and period_start >= '"
            + half.start()
            + "' and period_end <= '"
            + half.end()
            + "' group by indicator_code");
    explain(
        "select t.period, t.indicator_code, sum(t.value) from outcome_total_province t where t.value_count > 0"
            + " and t.period in ('"
            + half.id()
            + "') and t.province_code = '12' group by t.period, t.indicator_code");
    explain(
        "select sum(points), sum(teams) from point_census where model_code = '' and commune_code = ''"
            + " and ((span = 'Y' and starts < '"
            + asOfYear.withDayOfYear(1)
            + "') or (span = 'M' and starts >= '"
            + asOfYear.withDayOfYear(1)
            + "' and starts < '"
            + asOfYear.withDayOfMonth(1)
            + "') or (span = 'D' and starts >= '"
            + asOfYear.withDayOfMonth(1)
            + "' and starts <= '"
            + asOfYear
            + "'))");
    drift();
  }

  // ---- the data set ----------------------------------------------------------------------------

  /**
   * Communes, models and points first, then the outcome values one month per statement with the
   * totals' triggers off (@outcome_totals_bulk), then the totals by the API's recompute endpoint.
   * Unique and foreign-key checks are off on this connection: the rows are unique and their
   * references exist by construction.
   */
  private void fill() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      long started = System.nanoTime();
      s.execute(
          "create temporary table bench_province as select code, row_number() over (order by code) - 1 as i from province");
      s.execute(
          "create temporary table bench_indicator as select code, row_number() over (order by code) - 1 as i from indicator");
      int indicatorCount = (int) count(s, "select count(*) from bench_indicator");
      int indicators = Math.max(1, Math.min(INDICATORS, indicatorCount));
      int step = stepCoprimeWith(indicatorCount);
      s.execute(
          "insert into commune (code, name, full_name, type, province_code, search_text) "
              + "select lpad(60000 + seq, 5, '0'), concat('Thử ', seq), concat('Xã Thử ', seq), 'XA', p.code, concat('thu ', seq, ' xa thu ', seq) "
              + "from seq_1_to_3321 join bench_province p on p.i = seq % 34");
      s.execute(
          "insert into model (code, name, category_code, province_code, started_on, status, status_since, search_text) "
              + "select concat('BENCH-', p.code, '-', lpad(m.seq, 2, '0')), concat('Mô hình tự quản số ', m.seq), 'RESIDENTIAL', p.code, "
              + "'2015-01-01', 'ACTIVE', '2015-01-01', concat('mo hinh tu quan so ', m.seq) from bench_province p join seq_1_to_50 m");
      // The census triggers off too: the points are counted afterwards by the API's recompute.
      s.execute("set @point_census_bulk = 1");
      s.execute(
          "insert into replication_point (model_code, commune_code, province_code, place_type, place_name, established_on, status, "
              + "status_since, team_count, member_count, core_member_count, search_text) "
              + "select concat('BENCH-', cm.province_code, '-', lpad(1 + seq % 50, 2, '0')), cm.code, cm.province_code, 'VILLAGE', "
              + "concat('Thôn ', seq), date_add('2015-01-01', interval seq % 3000 day), if(seq % 10 = 0, 'DORMANT', 'ACTIVE'), '2015-01-01', "
              + "1 + seq % 5, 10 + seq % 40, seq % 5, concat('thon ', seq) "
              + "from seq_1_to_"
              + POINTS
              + " join commune cm on cm.code = lpad(60000 + 1 + seq % 3321, 5, '0')");
      double registry = seconds(started);

      long valuesStarted = System.nanoTime();
      long[] firstId = new long[YEARS];
      long[] lastId = new long[YEARS];
      s.execute("set @outcome_totals_bulk = 1");
      s.execute("set unique_checks = 0, foreign_key_checks = 0");
      try {
        for (int y = 0; y < YEARS; y++) {
          int year = YEAR - YEARS + 1 + y;
          firstId[y] = count(s, "select coalesce(max(id), 0) from outcome") + 1;
          for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            // Each point reports `indicators` different indicators every month, which ones
            // depending on the point: (id + k·step) mod 19 is distinct for k < 19.
            s.execute(
                "insert into outcome (indicator_code, period, period_type, period_start, period_end, unit_type, unit_key,"
                    + " point_id, model_code, commune_code, province_code, value) "
                    + "select i.code, '"
                    + String.format("%d%02d", year, m)
                    + "', 'MONTH', '"
                    + month.atDay(1)
                    + "', '"
                    + month.atEndOfMonth()
                    + "', 'POINT', concat('P:', rp.id), rp.id, rp.model_code, rp.commune_code, rp.province_code,"
                    + " (rp.id + k.seq + "
                    + m
                    + ") % 7 "
                    + "from replication_point rp join seq_0_to_"
                    + (indicators - 1)
                    + " k join bench_indicator i on i.i = (rp.id + k.seq * "
                    + step
                    + ") % "
                    + indicatorCount
                    + " where rp.model_code like 'BENCH-%'");
          }
          lastId[y] = count(s, "select coalesce(max(id), 0) from outcome");
        }
        double valuesTime = seconds(valuesStarted);
        long values = count(s, "select count(*) from outcome");
        System.out.printf(
            "%nData: 3,321 communes, 1,700 models, %,d points; %d years (%d–%d) × 12 months × %d indicators"
                + " per point: %,d outcome values in all (+ demo data)%n",
            POINTS, YEARS, YEAR - YEARS + 1, YEAR, indicators, values);
        System.out.printf(
            "Fill: registry rows %.1f s; outcome values %.1f s (%,.0f rows/s, one statement per month, totals' triggers off)%n",
            registry, valuesTime, (lastId[YEARS - 1] - firstId[0] + 1) / valuesTime);

      } finally {
        // A pooled connection: leave it as the API expects it.
        s.execute("set @outcome_totals_bulk = null, @point_census_bulk = null");
        s.execute("set unique_checks = 1, foreign_key_checks = 1");
        s.execute("drop temporary table if exists bench_province, bench_indicator");
      }
      long analyzed = System.nanoTime();
      s.execute(
          "analyze table commune, model, replication_point, outcome, outcome_total_province,"
              + " outcome_total_model");
      System.out.printf("Fill: analyze table %.1f s%n", seconds(analyzed));
    }
    // The triggers were off: the API's own recomputation fills the totals, and its time is a
    // figure of what a repair costs at this size.
    admin("POST", "/api/v1/admin/outcome-totals/recompute", "Totals");
    admin("POST", "/api/v1/admin/point-census/recompute", "Census");
  }

  /** The smallest step ≥ 3 sharing no factor with n, so k·step mod n differs for every k < n. */
  private static int stepCoprimeWith(int n) {
    for (int step = 3; ; step++) {
      if (gcd(step, n) == 1) {
        return step;
      }
    }
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  // ---- timing ----------------------------------------------------------------------------------

  private static void header() {
    System.out.printf(
        "| %-104s | %8s | %8s | %8s | %8s | %8s | %8s | %7s | %7s |%n",
        "request",
        "API med",
        "API p95",
        "kept med",
        "base SQL",
        "totals",
        "counts",
        "p95/raw",
        "med/raw");
    System.out.printf(
        "|%s|%s|%s|%s|%s|%s|%s|%s|%s|%n",
        "-".repeat(106),
        "-".repeat(9) + ":",
        "-".repeat(9) + ":",
        "-".repeat(9) + ":",
        "-".repeat(9) + ":",
        "-".repeat(9) + ":",
        "-".repeat(9) + ":",
        "-".repeat(8) + ":",
        "-".repeat(8) + ":");
  }

  /**
   * One line. The base-table statements are timed on their own (their scans would evict the pages
   * the rest reads); then, in turn in one loop, the API computing afresh, the API giving out the
   * answer it kept, the totals statements and the API's own count queries, so that whatever slows
   * the machine for a while (a collection, the server's background work) weighs on each alike.
   */
  private void row(String path, List<Sql> base, List<Sql> totals, Runnable counts)
      throws SQLException {
    signInAgain();
    Double baseMs = base.isEmpty() ? null : sql(base);
    byte[] request = request(path);
    try (Connection c = dataSource.getConnection()) {
      List<PreparedStatement> prepared = prepare(c, totals);
      try {
        Runnable totalsCall = totals.isEmpty() ? null : () -> runAll(prepared);
        Runnable countsCall =
            counts == null ? null : () -> QuarkusTransaction.requiringNew().run(counts);
        Turns turns = new Turns();
        warmUp(() -> turns.take(request, totalsCall, countsCall, false));
        long started = System.nanoTime();
        for (int i = 0; moreCalls(i, started); i++) {
          turns.take(request, totalsCall, countsCall, true);
        }
        double[] api = {turns.computed.median(), turns.computed.p95()};
        Double totalsMs = totalsCall == null ? null : turns.totals.median();
        Double countsMs = countsCall == null ? null : turns.counts.median();
        Double raw =
            totalsMs == null && countsMs == null
                ? null
                : (totalsMs == null ? 0 : totalsMs) + (countsMs == null ? 0 : countsMs);
        System.out.printf(
            "| %-104s | %8.1f | %8.1f | %8.1f | %8s | %8s | %8s | %7s | %7s |%n",
            path,
            api[0],
            api[1],
            turns.kept.median(),
            ms(baseMs),
            ms(totalsMs),
            ms(countsMs),
            raw == null ? "—" : String.format("%.1f×", api[1] / raw),
            raw == null ? "—" : String.format("%.1f×", api[0] / raw));
      } finally {
        for (PreparedStatement ps : prepared) {
          ps.close();
        }
      }
    }
  }

  /** Milliseconds of one kind of call. */
  private static final class Samples {
    private final List<Double> millis = new ArrayList<>();

    void add(long fromNanos, long toNanos) {
      millis.add((toNanos - fromNanos) / 1e6);
    }

    double median() {
      Collections.sort(millis);
      return millis.get(millis.size() / 2);
    }

    double p95() {
      Collections.sort(millis);
      return millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
    }
  }

  /** The calls of one line, taken in turn. */
  private final class Turns {
    final Samples computed = new Samples();
    final Samples kept = new Samples();
    final Samples totals = new Samples();
    final Samples counts = new Samples();

    /** One of each: a new data generation first, as after a write, so the API computes afresh. */
    void take(byte[] request, Runnable totalsCall, Runnable countsCall, boolean timed) {
      generation.advance();
      long t0 = System.nanoTime();
      call(request);
      long t1 = System.nanoTime();
      call(request);
      long t2 = System.nanoTime();
      if (totalsCall != null) {
        totalsCall.run();
      }
      long t3 = System.nanoTime();
      if (countsCall != null) {
        countsCall.run();
      }
      long t4 = System.nanoTime();
      if (timed) {
        computed.add(t0, t1);
        kept.add(t1, t2);
        totals.add(t2, t3);
        counts.add(t3, t4);
      }
    }
  }

  /** Asks every row's request in turn, each after a new data generation, and the counts too. */
  private void warmUpTogether(List<Row> rows) {
    List<byte[]> requests = rows.stream().map(r -> request(r.path())).toList();
    long started = System.nanoTime();
    long calls = 0;
    while (System.nanoTime() - started < WARMUP_TOGETHER_NANOS) {
      for (int i = 0; i < rows.size(); i++) {
        generation.advance();
        call(requests.get(i));
        Runnable counts = rows.get(i).counts();
        if (counts != null) {
          QuarkusTransaction.requiringNew().run(counts);
        }
        calls++;
      }
    }
    System.out.printf(
        "Warm-up: %,d calls of the %d requests below, in turn, in %.1f s%n%n",
        calls, rows.size(), seconds(started));
  }

  /** A GET of {@code path} as the central administrator. */
  private static byte[] request(String path) {
    // One token per request row, checked on its first call and kept by the API from then on.
    return wire().get(path, Tokens.centralAdmin());
  }

  /**
   * One kept connection: REST Assured's own cost per call (about 5 ms), then the JDK client's
   * thread hand-offs, were larger than parts of the SQL the API runs and hid the API's share.
   */
  private static WireClient wire;

  /** Made on first use: RestAssured learns the test port only when the test starts. */
  private static WireClient wire() {
    if (wire == null) {
      wire = new WireClient(URI.create(RestAssured.baseURI).getHost(), RestAssured.port);
    }
    return wire;
  }

  private static void call(byte[] request) {
    int status = wire().send(request);
    if (status != 200) {
      throw new AssertionError(
          new String(request, 0, Math.min(request.length, 200), StandardCharsets.US_ASCII)
              + " answered "
              + status);
    }
  }

  /** Median of running every statement and reading every row, on one connection. */
  private double sql(List<Sql> statements) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      List<PreparedStatement> prepared = prepare(c, statements);
      try {
        return median(
            () -> {
              runAll(prepared);
              return null;
            });
      } finally {
        for (PreparedStatement ps : prepared) {
          ps.close();
        }
      }
    }
  }

  private static List<PreparedStatement> prepare(Connection c, List<Sql> statements)
      throws SQLException {
    List<PreparedStatement> prepared = new ArrayList<>();
    for (Sql sql : statements) {
      PreparedStatement ps = c.prepareStatement(sql.text());
      for (int i = 0; i < sql.params().length; i++) {
        ps.setObject(i + 1, sql.params()[i]);
      }
      prepared.add(ps);
    }
    return prepared;
  }

  private static void runAll(List<PreparedStatement> prepared) {
    for (PreparedStatement ps : prepared) {
      try (ResultSet rs = ps.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static void warmUp(Runnable call) {
    long started = System.nanoTime();
    for (int i = 0;
        i < WARMUP || (i < MAX_WARMUP && System.nanoTime() - started < WARMUP_NANOS);
        i++) {
      call.run();
    }
  }

  private static double median(Supplier<?> call) {
    warmUp(call::get);
    List<Double> millis = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; moreCalls(i, started); i++) {
      long t = System.nanoTime();
      call.get();
      millis.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(millis);
    return millis.get(millis.size() / 2);
  }

  /** At least {@link #CALLS} timed calls, more while they have taken less than the timed span. */
  private static boolean moreCalls(int done, long startedNanos) {
    return done < CALLS || (done < MAX_CALLS && System.nanoTime() - startedNanos < TIMED_NANOS);
  }

  /** Totals by indicator over the values: what the summaries' outcome block sums. */
  private static Sql byIndicator(Period period, String filter, List<Object> filterParams) {
    List<Object> params = new ArrayList<>(List.of(period.start(), period.end()));
    params.addAll(filterParams);
    return new Sql(
        "select indicator_code, sum(value) from outcome where period_start >= ? and period_end <= ?"
            + filter
            + " group by indicator_code order by indicator_code",
        params.toArray());
  }

  /** The same from one grain of totals, as OutcomeTotals.fromTotals asks it. */
  private static Sql totalsByIndicator(
      String table, List<Period> periods, String filter, List<Object> filterParams) {
    List<Object> params = new ArrayList<>(periods.stream().map(Period::id).toList());
    params.addAll(filterParams);
    return new Sql(
        "select t.period, t.indicator_code, sum(t.value) from "
            + table
            + " t where t.value_count > 0 and t.period in ("
            + String.join(", ", Collections.nCopies(periods.size(), "?"))
            + ")"
            + filter
            + " group by t.period, t.indicator_code order by t.period, t.indicator_code",
        params.toArray());
  }

  // ---- the rest --------------------------------------------------------------------------------

  /**
   * The drift check recomputes every total from the values, as the recompute endpoint does before
   * replacing them. It outlasts RestAssured's test timeout (quarkus.http.test-timeout, 30 s) well
   * before national scale, so this call waits up to an hour; a failure is a figure too.
   */
  private static void drift() {
    admin("GET", "/api/v1/admin/outcome-totals/drift", "Drift");
    admin("GET", "/api/v1/admin/point-census/drift", "Census drift");
  }

  /**
   * A new token for the plain RestAssured calls: the one signed before the test expires after an
   * hour, which a national-scale run outlasts.
   */
  private static void signInAgain() {
    RestAssured.authentication = RestAssured.oauth2(Tokens.centralAdmin());
  }

  private static void admin(String method, String path, String label) {
    signInAgain();
    long started = System.nanoTime();
    Response response;
    try {
      response =
          given()
              .config(
                  RestAssured.config()
                      .httpClient(
                          HttpClientConfig.httpClientConfig()
                              .setParam("http.socket.timeout", 3_600_000)
                              .setParam("http.connection.timeout", 3_600_000)))
              .request(method, path);
    } catch (RuntimeException e) {
      System.out.printf(
          "%n%s: %s %s failed after %.1f s: %s%n", label, method, path, seconds(started), e);
      return;
    }
    double took = seconds(started);
    if (response.statusCode() != 200) {
      System.out.printf(
          "%n%s: %s %s answered %d after %.1f s: %s%n",
          label, method, path, response.statusCode(), took, response.asString());
      return;
    }
    JsonPath body = response.jsonPath();
    List<String> tables = new ArrayList<>();
    for (Map<String, Object> table : body.<Map<String, Object>>getList("tables")) {
      tables.add(table.get("table") + " " + table.get("driftRows"));
    }
    System.out.printf(
        "%n%s: %s %s (from %,d %s) %.1f s → driftRows %d (%s)%n",
        label,
        method,
        path,
        body.getLong(body.get("valueCount") != null ? "valueCount" : "pointCount"),
        body.get("valueCount") != null ? "values" : "points",
        took,
        body.getLong("driftRows"),
        String.join(", ", tables));
  }

  private void explain(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("explain " + sql)) {
      System.out.printf("EXPLAIN %s%n", sql);
      while (rs.next()) {
        System.out.printf(
            "  → table %s, key %s, rows %s, %s%n",
            rs.getString("table"),
            rs.getString("key"),
            rs.getString("rows"),
            rs.getString("Extra"));
      }
    }
  }

  private static Period period(String id) {
    return Period.tryParse(id).orElseThrow();
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static String ms(Double millis) {
    return millis == null ? "—" : String.format("%.1f", millis);
  }
}
