package vn.antq.registry.summary;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;

/**
 * `make bench-summary`: fills the registry with a national-scale data set (synthetic communes,
 * models, points and outcome rows made inside MariaDB) and prints how long the summary endpoints
 * take. Not part of `make test` (surefire runs *Test classes only); figures, not assertions.
 */
@QuarkusTest
class SummaryBenchmark extends SignedIn {

  private static final int POINTS = Integer.getInteger("bench.points", 200_000);
  private static final int MONTHS = Integer.getInteger("bench.months", 5);
  private static final int CALLS = Integer.getInteger("bench.calls", 30);

  @Inject AgroalDataSource dataSource;

  @Test
  void summariesStayFastOnANationalDataSet() throws SQLException {
    long started = System.nanoTime();
    long outcomes = fill();
    System.out.printf(
        "%nData: 3,321 communes, 1,700 models, %,d points, %,d outcome rows (+ demo data), made in %.1f s%n",
        POINTS, outcomes, (System.nanoTime() - started) / 1e9);
    System.out.printf(
        "%-75s %10s %10s%n", "request (" + CALLS + " calls each)", "median ms", "p95 ms");
    time("/api/v1/summary?period=2031");
    time("/api/v1/summary?period=2031Q1");
    time("/api/v1/provinces/12/summary?period=2031S1");
    time("/api/v1/models/BENCH-12-07/summary?period=2031");
    time("/api/v1/outcomes/summary?groupBy=provinceCode,indicatorCode&period=2031");
    time("/api/v1/outcomes/summary?groupBy=indicatorCode&period=2031&provinceCode=12");
    time(
        "/api/v1/outcomes/summary?groupBy=period&period=203101,203102,203103,2031Q1,2031S1,2031&provinceCode=12");
    time("/api/v1/replication-points?provinceCode=12&size=50&page=40");
    time("/api/v1/models?q=tu%20quan&size=20");
    // The reporting cycle: a commune obligation over every commune, a point obligation over every
    // point, and the units × six months grids of a province and of the country.
    given()
        .contentType("application/json")
        .body(
            "{\"code\": \"BENCH_COMMUNE_MONTHLY\", \"name\": \"Báo cáo xã hằng tháng\","
                + " \"indicatorCodes\": [\"TIPS_RECEIVED\", \"PATROLS\"], \"frequency\": \"MONTH\","
                + " \"reporterLevel\": \"COMMUNE\", \"dueDaysAfterEnd\": 5, \"validFrom\": \"2017-01-01\"}")
        .post("/api/v1/reporting-obligations")
        .then()
        .statusCode(201);
    time(
        "/api/v1/reporting-obligations/BENCH_COMMUNE_MONTHLY/completeness?period=203103&groupBy=province");
    time("/api/v1/reporting-obligations/POINT_MONTHLY/completeness?period=203103&groupBy=province");
    time(
        "/api/v1/reporting-obligations/POINT_MONTHLY/completeness?period=203103&provinceCode=12&groupBy=commune");
    time("/api/v1/reporting-obligations/POINT_MONTHLY/grid?provinceCode=12&until=203106");
    time("/api/v1/reporting-obligations/BENCH_COMMUNE_MONTHLY/grid?provinceCode=12&until=203106");
    time("/api/v1/reporting-obligations/POINT_MONTHLY/grid?until=203106");
    explain(
        "select indicator_code, sum(value) from outcome where province_code = '12' and period_start >= '2031-01-01' "
            + "and period_end <= '2031-06-30' group by indicator_code");
    explain(
        "select count(*), sum(team_count) from replication_point where province_code = '12' and established_on <= '2031-12-31'");
  }

  private long fill() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create temporary table bench_province as select code, row_number() over (order by code) - 1 as i from province");
      s.execute(
          "insert into commune (code, name, full_name, type, province_code, search_text) "
              + "select lpad(60000 + seq, 5, '0'), concat('Thử ', seq), concat('Xã Thử ', seq), 'XA', p.code, concat('thu ', seq, ' xa thu ', seq) "
              + "from seq_1_to_3321 join bench_province p on p.i = seq % 34");
      s.execute(
          "insert into model (code, name, category_code, province_code, started_on, status, status_since, search_text) "
              + "select concat('BENCH-', p.code, '-', lpad(m.seq, 2, '0')), concat('Mô hình tự quản số ', m.seq), 'RESIDENTIAL', p.code, "
              + "'2015-01-01', 'ACTIVE', '2015-01-01', concat('mo hinh tu quan so ', m.seq) from bench_province p join seq_1_to_50 m");
      s.execute(
          "insert into replication_point (model_code, commune_code, province_code, place_type, place_name, established_on, status, "
              + "status_since, team_count, member_count, core_member_count, search_text) "
              + "select concat('BENCH-', cm.province_code, '-', lpad(1 + seq % 50, 2, '0')), cm.code, cm.province_code, 'VILLAGE', "
              + "concat('Thôn ', seq), date_add('2015-01-01', interval seq % 3000 day), if(seq % 10 = 0, 'DORMANT', 'ACTIVE'), '2015-01-01', "
              + "1 + seq % 5, 10 + seq % 40, seq % 5, concat('thon ', seq) "
              + "from seq_1_to_"
              + POINTS
              + " join commune cm on cm.code = lpad(60000 + 1 + seq % 3321, 5, '0')");
      s.execute(
          "insert into outcome (indicator_code, period, period_type, period_start, period_end, unit_type, unit_key, point_id, "
              + "model_code, commune_code, province_code, value) "
              + "select i.code, concat('2031', lpad(m.seq, 2, '0')), 'MONTH', makedate(2031, 1) + interval (m.seq - 1) month, "
              + "last_day(makedate(2031, 1) + interval (m.seq - 1) month), 'POINT', concat('P:', rp.id), rp.id, rp.model_code, "
              + "rp.commune_code, rp.province_code, 1 + (rp.id + m.seq) % 7 "
              + "from replication_point rp join seq_1_to_"
              + MONTHS
              + " m "
              + "join (select code, row_number() over (order by code) - 1 as i from indicator) i on i.i = rp.id % 19 "
              + "where rp.model_code like 'BENCH-%'");
      s.execute("analyze table commune, model, replication_point, outcome");
      try (ResultSet rs = s.executeQuery("select count(*) from outcome")) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void time(String path) {
    given().get(path).then().statusCode(200);
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      long t = System.nanoTime();
      given().get(path).then().statusCode(200);
      millis.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf(
        "%-75s %10.1f %10.1f%n",
        path, millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1));
  }

  private void explain(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("explain " + sql)) {
      while (rs.next()) {
        System.out.printf(
            "EXPLAIN %s%n  → table %s, key %s, rows %s, %s%n",
            sql,
            rs.getString("table"),
            rs.getString("key"),
            rs.getString("rows"),
            rs.getString("Extra"));
      }
    }
  }
}
