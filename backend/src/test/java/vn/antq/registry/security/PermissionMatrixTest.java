package vn.antq.registry.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.Tokens;

/**
 * Each role × each write endpoint × own unit / other unit, with the exact status, and the audit
 * rows that must (or must not) follow. Fixtures are made by a central administrator.
 */
@QuarkusTest
class PermissionMatrixTest {

  /** Fixtures start today, so they never change the demo data's figures for past periods. */
  static final String TODAY = java.time.LocalDate.now().toString();

  /**
   * Own unit: province 12 and one of its communes; other unit: province 96 and one of its communes.
   */
  static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
      new java.util.concurrent.atomic.AtomicInteger();

  static String ownCommune;
  static String otherCommune;

  enum Who {
    ADMIN("central.admin", Role.CENTRAL_ADMIN, Scope.ALL),
    VIEWER("central.viewer", Role.CENTRAL_VIEWER, Scope.NONE),
    PROVINCE_OFFICER("laichau.officer", Role.PROVINCE_OFFICER, Scope.PROVINCE),
    COMMUNE_OFFICER("commune.officer", Role.COMMUNE_OFFICER, Scope.COMMUNE),
    INTEGRATION_PROVINCE(
        "service-account-antq-integration", Role.INTEGRATION_CLIENT, Scope.PROVINCE),
    INTEGRATION_COMMUNE("service-account-commune-system", Role.INTEGRATION_CLIENT, Scope.COMMUNE);

    final String username;
    final String role;
    final Scope scope;

    Who(String username, String role, Scope scope) {
      this.username = username;
      this.role = role;
      this.scope = scope;
    }

    String token() {
      String unit =
          switch (scope) {
            case PROVINCE -> "12";
            case COMMUNE -> ownCommune;
            default -> null;
          };
      return Tokens.of(username, role, unit);
    }
  }

  enum Scope {
    ALL,
    NONE,
    PROVINCE,
    COMMUNE
  }

  /** What an endpoint touches decides who may call it. */
  enum Kind {
    /** Managed lists and administrative units. */
    ADMIN_ONLY,
    /** Models and province-wide outcome values. */
    PROVINCE_LEVEL,
    /** Points and their outcome values. */
    COMMUNE_LEVEL
  }

  /**
   * A write: {@code prepare} makes its fixture as admin and returns the request to send as the
   * actor.
   */
  record Action(
      String name, Kind kind, String entity, int success, Function<Place, Request> prepare) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Where the write goes: the actor's own unit or another one. */
  record Place(boolean own) {
    String province() {
      return own ? "12" : "96";
    }

    String commune() {
      return own ? ownCommune : otherCommune;
    }

    /** A model body of this place's province. */
    Map<String, Object> model(String name) {
      return Map.of(
          "name", name, "categoryCode", "OTHER", "provinceCode", province(), "startedOn", TODAY);
    }

    /** A point of a new model, in this place's commune: what a point-level write acts on. */
    long newPoint() {
      return Api.createPoint(
          Api.createModel(province(), "Mô hình có điểm", TODAY), commune(), TODAY, 1, 5);
    }
  }

  /** The request to send, and the audit key it will write under (null: read it from the answer). */
  record Request(String key, Function<RequestSpecification, Response> send) {}

  private static Map<String, Object> school(String model, String commune, String name) {
    Map<String, Object> body = Api.point(model, commune, name, TODAY);
    body.put("placeType", "SCHOOL");
    return body;
  }

  static List<Action> actions() {
    List<Action> actions = new ArrayList<>();
    actions.add(
        new Action(
            "POST /models",
            Kind.PROVINCE_LEVEL,
            "model",
            201,
            p ->
                new Request(
                    null, as -> as.body(p.model("Mô hình ma trận")).post("/api/v1/models"))));
    actions.add(
        new Action(
            "PUT /models/{code}",
            Kind.PROVINCE_LEVEL,
            "model",
            200,
            p -> {
              String code = Api.createModel(p.province(), "Mô hình cần sửa", TODAY);
              return new Request(
                  code, as -> as.body(p.model("Mô hình đã sửa")).put("/api/v1/models/" + code));
            }));
    actions.add(
        new Action(
            "DELETE /models/{code}",
            Kind.PROVINCE_LEVEL,
            "model",
            204,
            p -> {
              String code = Api.createModel(p.province(), "Mô hình cần xóa", TODAY);
              return new Request(code, as -> as.delete("/api/v1/models/" + code));
            }));
    actions.add(
        new Action(
            "POST /replication-points",
            Kind.COMMUNE_LEVEL,
            "replication-point",
            201,
            p -> {
              String model = Api.createModel(p.province(), "Mô hình có điểm", TODAY);
              return new Request(
                  null,
                  as ->
                      as.body(Api.point(model, p.commune(), "Thôn mới", TODAY))
                          .post("/api/v1/replication-points"));
            }));
    actions.add(
        new Action(
            "PUT /replication-points/{id}",
            Kind.COMMUNE_LEVEL,
            "replication-point",
            200,
            p -> {
              String model = Api.createModel(p.province(), "Mô hình có điểm", TODAY);
              long id = Api.createPoint(model, p.commune(), TODAY, 1, 5);
              return new Request(
                  String.valueOf(id),
                  as ->
                      as.body(school(model, p.commune(), "Trường mới"))
                          .put("/api/v1/replication-points/" + id));
            }));
    actions.add(
        new Action(
            "DELETE /replication-points/{id}",
            Kind.COMMUNE_LEVEL,
            "replication-point",
            204,
            p -> {
              long id = p.newPoint();
              return new Request(
                  String.valueOf(id), as -> as.delete("/api/v1/replication-points/" + id));
            }));
    actions.add(
        new Action(
            "POST /outcomes (point)",
            Kind.COMMUNE_LEVEL,
            "outcome",
            200,
            p -> {
              long id = p.newPoint();
              return new Request(
                  null,
                  as ->
                      as.body(
                              "{\"values\": [{\"indicatorCode\": \"PATROLS\", \"period\": \"203501\", \"value\": 3, "
                                  + "\"pointId\": "
                                  + id
                                  + "}]}")
                          .post("/api/v1/outcomes"));
            }));
    actions.add(
        new Action(
            "POST /outcomes (province)",
            Kind.PROVINCE_LEVEL,
            "outcome",
            200,
            p ->
                new Request(
                    null,
                    as ->
                        as.body(
                                "{\"values\": [{\"indicatorCode\": \"FORUMS_HELD\", \"period\": \"2035\", \"value\": "
                                    + Api.unique("").substring(1)
                                    + ", \"provinceCode\": \""
                                    + p.province()
                                    + "\"}]}")
                            .post("/api/v1/outcomes"))));
    actions.add(
        new Action(
            "DELETE /outcomes/{id}",
            Kind.COMMUNE_LEVEL,
            "outcome",
            204,
            p -> {
              long point = p.newPoint();
              Api.postOutcomes(
                  "[{\"indicatorCode\": \"LEAFLETS\", \"period\": \"2036\", \"value\": 40, \"pointId\": "
                      + point
                      + "}]");
              String id =
                  String.valueOf(
                      given()
                          .queryParam("pointId", point)
                          .get("/api/v1/outcomes")
                          .then()
                          .extract()
                          .jsonPath()
                          .getLong("items[0].id"));
              return new Request(id, as -> as.delete("/api/v1/outcomes/" + id));
            }));
    actions.add(
        new Action(
            "POST /communes",
            Kind.ADMIN_ONLY,
            "commune",
            201,
            p ->
                new Request(
                    null,
                    as ->
                        as.body(
                                Map.of(
                                    "code",
                                    Api.newCommuneCode(),
                                    "name",
                                    "Xã thêm",
                                    "type",
                                    "XA",
                                    "provinceCode",
                                    p.province()))
                            .post("/api/v1/communes"))));
    actions.add(
        new Action(
            "PUT /communes/{code}",
            Kind.ADMIN_ONLY,
            "commune",
            200,
            p -> {
              String code = Api.createCommune(p.province(), "Xã cần sửa");
              return new Request(
                  code,
                  as ->
                      as.body(
                              Map.of(
                                  "name", "Xã đã sửa", "type", "XA", "provinceCode", p.province()))
                          .put("/api/v1/communes/" + code));
            }));
    actions.add(
        new Action(
            "PUT /provinces/{code}",
            Kind.ADMIN_ONLY,
            "province",
            200,
            p ->
                new Request(
                    p.province(),
                    as ->
                        as.body(Map.of("population", 500000 + SEQUENCE.incrementAndGet()))
                            .put("/api/v1/provinces/" + p.province()))));
    managedList(
        actions,
        "indicators",
        "indicator",
        Map.of("name", "Chỉ tiêu thử", "unit", "lần"),
        "OPINIONS_COLLECTED",
        () ->
            Map.of(
                "name",
                "Ý kiến Nhân dân được tiếp nhận " + SEQUENCE.incrementAndGet(),
                "unit",
                "ý kiến"));
    managedList(
        actions,
        "model-categories",
        "model-category",
        Map.of("name", "Lĩnh vực thử"),
        "OTHER",
        () -> Map.of("name", "Khác " + SEQUENCE.incrementAndGet()));
    actions.add(
        new Action(
            "POST /reporting-obligations",
            Kind.ADMIN_ONLY,
            "reporting-obligation",
            201,
            p ->
                new Request(
                    null,
                    as ->
                        as.body(obligation(Api.unique("MATRIX").replace('-', '_')))
                            .post("/api/v1/reporting-obligations"))));
    actions.add(
        new Action(
            "PUT /reporting-obligations/{code}",
            Kind.ADMIN_ONLY,
            "reporting-obligation",
            200,
            p -> {
              String code = Api.unique("MATRIX").replace('-', '_');
              Api.json()
                  .body(obligation(code))
                  .post("/api/v1/reporting-obligations")
                  .then()
                  .statusCode(201);
              return new Request(
                  code,
                  as -> as.body(obligation(code)).put("/api/v1/reporting-obligations/" + code));
            }));
    return actions;
  }

  /**
   * A managed list's two writes, both for administrators only: an entry created under a fresh code,
   * and the seeded entry {@code seeded} changed.
   */
  private static void managedList(
      List<Action> actions,
      String path,
      String entity,
      Map<String, Object> created,
      String seeded,
      Supplier<Map<String, Object>> changed) {
    actions.add(
        new Action(
            "POST /" + path,
            Kind.ADMIN_ONLY,
            entity,
            201,
            p ->
                new Request(
                    null,
                    as -> {
                      Map<String, Object> body = new HashMap<>(created);
                      body.put("code", Api.unique("MATRIX").replace('-', '_'));
                      return as.body(body).post("/api/v1/" + path);
                    })));
    actions.add(
        new Action(
            "PUT /" + path + "/{code}",
            Kind.ADMIN_ONLY,
            entity,
            200,
            p ->
                new Request(
                    seeded, as -> as.body(changed.get()).put("/api/v1/" + path + "/" + seeded))));
  }

  private static Map<String, Object> obligation(String code) {
    return Map.of(
        "code",
        code,
        "name",
        "Nghĩa vụ thử " + SEQUENCE.incrementAndGet(),
        "indicatorCodes",
        List.of("PATROLS"),
        "frequency",
        "MONTH",
        "reporterLevel",
        "POINT",
        "dueDaysAfterEnd",
        5,
        "validFrom",
        TODAY);
  }

  /** Made on first use: RestAssured knows the test port only once a test runs. */
  static void units() {
    if (ownCommune == null) {
      ownCommune = Api.createCommune("12", "Xã của mình");
      otherCommune = Api.createCommune("96", "Xã tỉnh khác");
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Who who : Who.values()) {
      for (Action action : actions()) {
        for (boolean own : new boolean[] {true, false}) {
          cases.add(
              Arguments.of(
                  who, action, own ? "own unit" : "other unit", expected(who, action, own)));
        }
      }
    }
    return cases.stream();
  }

  static int expected(Who who, Action action, boolean own) {
    return switch (who.scope) {
      case ALL -> action.success();
      case NONE -> 403;
      case PROVINCE -> action.kind() != Kind.ADMIN_ONLY && own ? action.success() : 403;
      case COMMUNE -> action.kind() == Kind.COMMUNE_LEVEL && own ? action.success() : 403;
    };
  }

  @ParameterizedTest(name = "{0} {1} in {2} → {3}")
  @MethodSource("matrix")
  void answersExactlyAndAuditsOnlySuccess(Who who, Action action, String unit, int expected) {
    RestAssured.authentication = RestAssured.oauth2(Tokens.centralAdmin());
    units();
    Request request = action.prepare().apply(new Place(unit.equals("own unit")));
    long auditBefore = auditCount(who.username, action.entity());
    Response response =
        request.send().apply(given().auth().oauth2(who.token()).contentType(ContentType.JSON));
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
    long auditAfter = auditCount(who.username, action.entity());
    if (expected == 403) {
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(auditAfter).as("no audit row for a refused write").isEqualTo(auditBefore);
      if (action.kind() != Kind.ADMIN_ONLY
          && (who.scope == Scope.PROVINCE || who.scope == Scope.COMMUNE)) {
        assertThat(response.jsonPath().getString("detail"))
            .as("names the unit")
            .contains(who.scope == Scope.PROVINCE ? "12" : ownCommune);
      }
      return;
    }
    assertThat(auditAfter).as("one audit row for the write").isEqualTo(auditBefore + 1);
    String key = request.key();
    if (key == null && !action.entity().equals("outcome")) {
      key =
          String.valueOf(
              response
                  .jsonPath()
                  .getString(action.entity().equals("replication-point") ? "id" : "code"));
    }
    if (key != null) {
      given()
          .queryParam("entity", action.entity())
          .queryParam("key", key)
          .queryParam("user", who.username)
          .get("/api/v1/audit")
          .then()
          .statusCode(200)
          .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
          .body(
              "items[0].action",
              org.hamcrest.Matchers.equalTo(
                  expected == 201 ? "CREATE" : expected == 204 ? "DELETE" : "UPDATE"));
    }
  }

  private static long auditCount(String username, String entity) {
    return given()
        .queryParam("user", username)
        .queryParam("entity", entity)
        .queryParam("size", 1)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("total");
  }
}
