package vn.antq.registry.point;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Imports;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/**
 * The maintained point counts against a count over replication_point itself, after a long random
 * mix of every point write: creations through the API and CSV imports (with or without a date,
 * active, dormant or retired), moves between communes, models and provinces, status changes,
 * changed team and member counts, changed dates, deletions. Compared at dates before, on and after
 * every step of the data. The seed is printed; rerun one with -Dcensus.seed=N.
 */
@QuarkusTest
class PointCensusExactnessTest extends SignedIn {

  private static final int STEPS = Integer.getInteger("census.steps", 160);

  @Inject PointCensus census;
  @Inject EntityManager em;
  @Inject RegistryClock clock;

  private final List<String> communes = new ArrayList<>();
  private final List<String> models = new ArrayList<>();
  private final List<Long> points = new ArrayList<>();
  private List<LocalDate> dates;

  /** Writes that were accepted, by kind: a run where one kind never lands proves nothing of it. */
  private final Map<String, Integer> accepted = new HashMap<>();

  private Random random;

  @Test
  void maintainedCountsEqualACountOfThePointsAfterEveryKindOfWrite() {
    long seed = Long.getLong("census.seed", System.nanoTime());
    System.out.println("PointCensusExactnessTest seed " + seed);
    random = new Random(seed);
    LocalDate today = clock.today();
    dates =
        List.of(
            LocalDate.of(2015, 3, 10),
            LocalDate.of(2016, 1, 1),
            LocalDate.of(2016, 1, 31),
            LocalDate.of(2016, 6, 15),
            LocalDate.of(2017, 2, 28),
            LocalDate.of(2020, 2, 29),
            today.withDayOfMonth(1),
            today.minusDays(1),
            today);
    for (String province : List.of("11", "11", "01")) {
      communes.add(Api.createCommune(province, "Xã đếm điểm"));
    }
    models.add(Api.createModel("11", "Mô hình đếm A", "2015-01-01"));
    models.add(Api.createModel("11", "Mô hình đếm B", "2015-01-01"));
    models.add(Api.createModel("01", "Mô hình đếm C", "2015-01-01"));
    for (int i = 0; i < 4; i++) {
      create();
    }
    for (int step = 1; step <= STEPS; step++) {
      int kind = random.nextInt(10);
      if (kind < 3) {
        create();
      } else if (kind < 5) {
        importCsv();
      } else if (kind < 8) {
        update();
      } else {
        delete();
      }
      if (step % 40 == 0 || step == STEPS) {
        assertExact("seed " + seed + ", step " + step);
      }
    }
    for (String kind : List.of("create", "import", "update", "delete")) {
      assertTrue(accepted.getOrDefault(kind, 0) > 0, kind + " never accepted: " + accepted);
    }
  }

  private void accepted(String kind, int status) {
    if (status < 300) {
      accepted.merge(kind, 1, Integer::sum);
    }
  }

  @Test
  void driftIsReportedAndRepaired() {
    String model = Api.createModel("11", "Mô hình đếm lệch", "2015-01-01");
    String commune = Api.createCommune("11", "Xã đếm lệch");
    Api.createPoint(model, commune, "2016-05-02", 2, 7);
    given()
        .get("/api/v1/admin/point-census/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery(
                      "update point_census set members = members + 5 where model_code = :m and span = 'Y'")
                  .setParameter("m", model)
                  .executeUpdate();
              em.createNativeQuery("delete from point_coverage where model_code = :m")
                  .setParameter("m", model)
                  .executeUpdate();
            });
    JsonPath drift =
        given().get("/api/v1/admin/point-census/drift").then().statusCode(200).extract().jsonPath();
    // The model's yearly step, per province and per commune; its commune's coverage.
    assertEquals(3, drift.getInt("driftRows"));
    assertEquals(false, drift.getBoolean("repaired"));
    Map<String, Object> row =
        drift.getMap(
            "tables.find { it.table == 'point_census' }.samples.find { it.key.commune_code == '' }");
    assertEquals(model, ((Map<?, ?>) row.get("key")).get("model_code"));
    assertEquals("2016-01-01", ((Map<?, ?>) row.get("key")).get("starts"));
    assertEquals("12", ((Map<?, ?>) row.get("stored")).get("members"));
    assertEquals("7", ((Map<?, ?>) row.get("expected")).get("members"));
    given()
        .post("/api/v1/admin/point-census/recompute")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(3))
        .body("repaired", equalTo(true))
        .body("pointCount", greaterThan(0));
    given()
        .get("/api/v1/admin/point-census/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
    given()
        .get("/api/v1/models/" + model + "/summary")
        .then()
        .statusCode(200)
        .body("memberCount", equalTo(7))
        .body("coveredCommuneCount", equalTo(1));
  }

  @Test
  void onlyTheCentralAdministratorChecksOrRecomputes() {
    String officer = Tokens.of("tinh.officer", "province-officer", "11");
    given().auth().oauth2(officer).get("/api/v1/admin/point-census/drift").then().statusCode(403);
    given()
        .auth()
        .oauth2(officer)
        .post("/api/v1/admin/point-census/recompute")
        .then()
        .statusCode(403);
  }

  private void assertExact(String where) {
    given()
        .get("/api/v1/admin/point-census/drift")
        .then()
        .statusCode(200)
        .body("driftRows", equalTo(0));
    List<String[]> scopes = new ArrayList<>();
    scopes.add(new String[] {null, null, null});
    scopes.add(new String[] {"11", null, "11"});
    scopes.add(new String[] {"01", null, "01"});
    for (String model : models) {
      scopes.add(new String[] {null, model, model.equals(models.get(2)) ? "01" : "11"});
      scopes.add(new String[] {null, model, null});
    }
    scopes.add(new String[] {"11", models.get(0), "11"});
    List<LocalDate> asOf = new ArrayList<>(dates);
    asOf.addAll(
        List.of(
            LocalDate.of(2014, 12, 31),
            LocalDate.of(2016, 1, 2),
            LocalDate.of(2016, 12, 31),
            LocalDate.of(2018, 7, 1),
            clock.today().plusDays(1),
            LocalDate.of(2031, 1, 1)));
    int compared = 0;
    for (LocalDate date : asOf) {
      for (String[] s : scopes) {
        PointCensus.Counts expected = tx(() -> countFromPoints(date, s[0], s[1], s[2]));
        PointCensus.Counts maintained = tx(() -> census.countsAt(date, s[0], s[1], s[2]));
        assertEquals(expected, maintained, where + ": at " + date + " scope " + Arrays.toString(s));
        compared++;
      }
      assertEquals(
          tx(() -> byProvinceFromPoints(date)),
          withoutEmpty(tx(() -> census.countsAtByProvince(date))),
          where + ": provinces at " + date);
      for (String province : List.of("11", "01")) {
        assertEquals(
            tx(() -> byCommuneFromPoints(date, province)),
            tx(() -> census.countsAtByCommune(date, province)),
            where + ": communes of " + province + " at " + date);
      }
    }
    assertTrue(compared > 100, "compared " + compared);
  }

  private <T> T tx(Supplier<T> work) {
    return QuarkusTransaction.requiringNew().call(work::get);
  }

  /** What the census stands for, counted from the points (the definition before V17). */
  private static final String COUNTS_AT =
      "(established_on is null or established_on <= :asOf) and not (status = 'RETIRED' and status_since <= :asOf)";

  private PointCensus.Counts countFromPoints(
      LocalDate asOf, String province, String model, String coverage) {
    Query query =
        em.createNativeQuery(
                "select count(*), coalesce(sum(case when status = 'ACTIVE' then 1 else 0 end), 0),"
                    + " coalesce(sum(team_count), 0), coalesce(sum(member_count), 0), coalesce(sum(core_member_count), 0),"
                    + " count(distinct case when status = 'ACTIVE' and (:coverage is null or province_code = :coverage) then commune_code end)"
                    + " from replication_point where "
                    + COUNTS_AT
                    + (province != null ? " and province_code = :province" : "")
                    + (model != null ? " and model_code = :model" : ""))
            .setParameter("asOf", asOf)
            .setParameter("coverage", coverage);
    if (province != null) {
      query.setParameter("province", province);
    }
    if (model != null) {
      query.setParameter("model", model);
    }
    Object[] r = (Object[]) query.getSingleResult();
    return new PointCensus.Counts(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]));
  }

  private Map<String, PointCensus.Counts> byProvinceFromPoints(LocalDate asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select province_code, count(*), sum(case when status = 'ACTIVE' then 1 else 0 end),"
                    + " sum(team_count), sum(member_count), count(distinct case when status = 'ACTIVE' then commune_code end)"
                    + " from replication_point where "
                    + COUNTS_AT
                    + " group by province_code")
            .setParameter("asOf", asOf)
            .getResultList();
    Map<String, PointCensus.Counts> result = new HashMap<>();
    for (Object[] r : rows) {
      result.put(
          (String) r[0], new PointCensus.Counts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), 0, n(r[5])));
    }
    return result;
  }

  private Map<String, PointCensus.CommuneCounts> byCommuneFromPoints(
      LocalDate asOf, String province) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select commune_code, count(distinct model_code), count(*),"
                    + " sum(case when status = 'ACTIVE' then 1 else 0 end), sum(team_count), sum(member_count)"
                    + " from replication_point where province_code = :province and "
                    + COUNTS_AT
                    + " group by commune_code")
            .setParameter("province", province)
            .setParameter("asOf", asOf)
            .getResultList();
    Map<String, PointCensus.CommuneCounts> result = new HashMap<>();
    for (Object[] r : rows) {
      result.put(
          (String) r[0],
          new PointCensus.CommuneCounts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])));
    }
    return result;
  }

  /** A province whose steps sum to nothing at the date reads as absent, as in a count. */
  private static Map<String, PointCensus.Counts> withoutEmpty(Map<String, PointCensus.Counts> m) {
    Map<String, PointCensus.Counts> result = new HashMap<>(m);
    result.values().removeIf(c -> c.points() == 0 && c.communes() == 0);
    return result;
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private Map<String, Object> randomBody(String placeName) {
    String established = random.nextInt(6) == 0 ? null : pick(dates).toString();
    Map<String, Object> body = Api.point(pick(models), pick(communes), placeName, established);
    body.put("teamCount", random.nextInt(4));
    body.put("memberCount", random.nextInt(30));
    body.put("coreMemberCount", random.nextInt(5));
    int status = random.nextInt(5);
    if (status == 3) {
      body.put("status", "DORMANT");
    } else if (status == 4) {
      body.put("status", "RETIRED");
      body.put("statusSince", pick(dates).toString());
    }
    return body;
  }

  private void create() {
    var response =
        Api.json()
            .body(randomBody(Api.unique("Thôn đếm")))
            .post("/api/v1/replication-points")
            .then()
            .statusCode(lessThan(500))
            .extract();
    accepted("create", response.statusCode());
    if (response.statusCode() == 201) {
      points.add(response.jsonPath().getLong("id"));
    }
  }

  private void update() {
    if (points.isEmpty()) {
      return;
    }
    long id = pick(points);
    var current = given().get("/api/v1/replication-points/" + id).then().statusCode(200).extract();
    accepted(
        "update",
        Api.json()
            .header("If-Match", current.header("ETag"))
            .body(randomBody("Thôn đổi " + id))
            .put("/api/v1/replication-points/" + id)
            .then()
            .statusCode(lessThan(500))
            .extract()
            .statusCode());
  }

  private void delete() {
    if (points.isEmpty()) {
      return;
    }
    long id = points.remove(random.nextInt(points.size()));
    accepted(
        "delete",
        given()
            .delete("/api/v1/replication-points/" + id)
            .then()
            .statusCode(lessThan(500))
            .extract()
            .statusCode());
  }

  /** New points and changes to existing ones in one file, all or nothing, or partial. */
  private void importCsv() {
    StringBuilder csv =
        new StringBuilder(
            "id,modelCode,communeCode,placeType,placeName,establishedOn,status,statusSince,teamCount,memberCount,coreMemberCount\n");
    int rows = 1 + random.nextInt(6);
    for (int i = 0; i < rows; i++) {
      Map<String, Object> b = randomBody(Api.unique("Thôn nhập"));
      String id = !points.isEmpty() && random.nextBoolean() ? String.valueOf(pick(points)) : "";
      csv.append(id)
          .append(',')
          .append(b.get("modelCode"))
          .append(',')
          .append(b.get("communeCode"))
          .append(",VILLAGE,")
          .append(b.get("placeName"))
          .append(',')
          .append(b.getOrDefault("establishedOn", ""))
          .append(',')
          .append(b.getOrDefault("status", ""))
          .append(',')
          .append(b.getOrDefault("statusSince", ""))
          .append(',')
          .append(b.get("teamCount"))
          .append(',')
          .append(b.get("memberCount"))
          .append(',')
          .append(b.get("coreMemberCount"))
          .append('\n');
    }
    accepted(
        "import",
        Imports.upload(
                "replication-points", csv.toString(), random.nextBoolean() ? "" : "?mode=partial")
            .statusCode(lessThan(500))
            .extract()
            .statusCode());
    // The ids of the points the import created.
    @SuppressWarnings("unchecked")
    List<Number> ids =
        tx(
            () ->
                em.createNativeQuery(
                        "select id from replication_point where model_code in (:models) order by id")
                    .setParameter("models", models)
                    .getResultList());
    for (Number id : ids) {
      if (!points.contains(id.longValue())) {
        points.add(id.longValue());
      }
    }
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
