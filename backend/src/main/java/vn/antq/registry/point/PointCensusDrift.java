package vn.antq.registry.point;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.antq.registry.security.Access;

/**
 * Compares point_census and point_coverage with what V17's views recompute from replication_point,
 * and on request replaces them. One transaction; a repair first locks the points in share mode so
 * that no point write lands between the recomputation and the replacement.
 */
@ApplicationScoped
public class PointCensusDrift {

  private static final int SAMPLES = 20;

  /** A maintained table, the view that recomputes it, its key and its figures. */
  private record Maintained(String table, String view, List<String> keys, List<String> figures) {}

  private static final List<Maintained> TABLES =
      List.of(
          new Maintained(
              "point_census",
              "point_census_expected",
              List.of("model_code", "commune_code", "span", "starts", "province_code"),
              List.of("points", "active", "teams", "members", "core_members")),
          new Maintained(
              "point_coverage",
              "point_coverage_expected",
              List.of("model_code", "commune_code"),
              List.of("province_code", "first_active_on")));

  @Inject EntityManager em;
  @Inject Access access;

  @Transactional
  @TransactionConfiguration(timeout = 600)
  public PointCensusDriftDto run(boolean repair) {
    access.requireAdmin("bảng đếm điểm nhân rộng");
    if (repair) {
      em.createNativeQuery("select count(*) from replication_point lock in share mode")
          .getSingleResult();
    }
    long points =
        ((Number) em.createNativeQuery("select count(*) from replication_point").getSingleResult())
            .longValue();
    List<PointCensusDriftDto.Table> tables = new ArrayList<>();
    for (Maintained table : TABLES) {
      tables.add(check(table, repair));
    }
    long drift = tables.stream().mapToLong(PointCensusDriftDto.Table::driftRows).sum();
    if (drift > 0) {
      Log.warnf(
          "point census: %d rows drifted from the points%s",
          drift, repair ? "; replaced by the recomputation" : "");
    }
    return new PointCensusDriftDto(Instant.now(), points, repair, drift, tables);
  }

  private PointCensusDriftDto.Table check(Maintained m, boolean repair) {
    String expected = "expected_" + m.table();
    em.createNativeQuery("drop temporary table if exists " + expected).executeUpdate();
    em.createNativeQuery(
            "create temporary table "
                + expected
                + " (primary key ("
                + String.join(", ", m.keys())
                + ")) engine=InnoDB as select * from "
                + m.view())
        .executeUpdate();
    List<String> on = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (String key : m.keys()) {
      on.add("t." + key + " = e." + key);
      columns.add("coalesce(e." + key + ", t." + key + ") as " + key);
    }
    List<String> differs = new ArrayList<>();
    for (String figure : m.figures()) {
      columns.add("t." + figure + " as stored_" + figure);
      columns.add("e." + figure + " as expected_" + figure);
      // A step row summing to zero is the same as no row.
      differs.add(
          m.table().equals("point_census")
              ? "coalesce(t." + figure + ", 0) <> coalesce(e." + figure + ", 0)"
              : "not (t." + figure + " <=> e." + figure + ")");
    }
    String first = m.keys().get(0);
    String join =
        " from "
            + expected
            + " e left join "
            + m.table()
            + " t on "
            + String.join(" and ", on)
            + " where "
            + String.join(" or ", differs)
            + " union all select "
            + String.join(", ", columns)
            + " from "
            + m.table()
            + " t left join "
            + expected
            + " e on "
            + String.join(" and ", on)
            + " where e."
            + first
            + " is null and ("
            + String.join(" or ", differs)
            + ")";
    String select = "select " + String.join(", ", columns) + join;
    long driftRows =
        ((Number) em.createNativeQuery("select count(*) from (" + select + ") d").getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(select + " limit " + SAMPLES).getResultList();
    List<PointCensusDriftDto.Row> samples = new ArrayList<>();
    for (Object[] row : rows) {
      Map<String, String> key = new LinkedHashMap<>();
      for (int i = 0; i < m.keys().size(); i++) {
        key.put(m.keys().get(i), String.valueOf(row[i]));
      }
      Map<String, String> stored = new LinkedHashMap<>();
      Map<String, String> wanted = new LinkedHashMap<>();
      for (int i = 0; i < m.figures().size(); i++) {
        Object s = row[m.keys().size() + 2 * i];
        Object e = row[m.keys().size() + 2 * i + 1];
        stored.put(m.figures().get(i), s == null ? null : String.valueOf(s));
        wanted.put(m.figures().get(i), e == null ? null : String.valueOf(e));
      }
      samples.add(new PointCensusDriftDto.Row(key, rowOrNull(stored), rowOrNull(wanted)));
    }
    long expectedRows =
        ((Number) em.createNativeQuery("select count(*) from " + expected).getSingleResult())
            .longValue();
    if (repair && driftRows > 0) {
      em.createNativeQuery("delete from " + m.table()).executeUpdate();
      em.createNativeQuery("insert into " + m.table() + " select * from " + expected)
          .executeUpdate();
    }
    em.createNativeQuery("drop temporary table " + expected).executeUpdate();
    return new PointCensusDriftDto.Table(m.table(), expectedRows, driftRows, samples);
  }

  /** A side without the row at all is null, as in the outcome totals' drift. */
  private static Map<String, String> rowOrNull(Map<String, String> figures) {
    return figures.values().stream().allMatch(v -> v == null) ? null : figures;
  }
}
