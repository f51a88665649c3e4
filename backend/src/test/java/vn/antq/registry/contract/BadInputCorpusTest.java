package vn.antq.registry.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.Api;
import vn.antq.registry.support.SignedIn;

/**
 * The bad-input corpus: every operation of the served contract × wrong types, non-ASCII digits,
 * huge values, bad encodings, repeated keys, trailing data, wrong media types and hostile path
 * segments, as a central administrator. No answer is 5xx; every refusal is problem+json with a
 * status the contract documents for the operation; a refused write leaves every table as it was.
 */
@QuarkusTest
class BadInputCorpusTest extends SignedIn {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONG = "x".repeat(3_000);

  /**
   * Bodies the API accepts write rows: they go to a province no other test counts, on a date after
   * every period other tests sum.
   */
  private static final String PROVINCE = "01";

  private static final String DAY =
      java.time.LocalDate.now(java.time.ZoneOffset.ofHours(7)).withDayOfMonth(1).toString();

  /** Path segments that must never name a resource (already percent-encoded where needed). */
  private static final List<String> HOSTILE_SEGMENTS =
      List.of(
          "%20",
          "12%20",
          "%2012",
          "%00",
          "12%00",
          "..%2F..%2Fprovinces",
          "%FF%FE",
          "%C0%AE%C0%AE",
          "%D9%A1",
          "%EF%BC%91%EF%BC%92",
          "12;x=1",
          "%0D%0AX-Injected:%201",
          "*",
          "%25",
          LONG);

  /** Query values for every parameter, one parameter at a time. */
  private static final List<String> HOSTILE_VALUES =
      List.of(
          "%D9%A1%D9%A2",
          "%EF%BC%91%EF%BC%92",
          LONG,
          "%00",
          "%FF",
          "12%20",
          "%2012",
          "-1",
          "99999999999999999999",
          "%5B%5D",
          "true%00",
          "%27%20OR%201=1--",
          "1e3",
          "%E2%80%AE");

  /** JSON values put in each property of a body in turn. */
  private static final List<String> WRONG_VALUES =
      List.of(
          "[]",
          "{}",
          "\"١٢\"",
          "\"１２\"",
          "1e400",
          "-1",
          "12.5",
          "true",
          "\"" + "y".repeat(20_000) + "\"",
          "\"a\\u0000b\"",
          "[[[[[[[[[[1]]]]]]]]]]",
          "123456789012345678901234567890");

  private static final List<String> TABLES =
      List.of(
          "province",
          "commune",
          "model_category",
          "indicator",
          "model",
          "model_status_history",
          "replication_point",
          "outcome",
          "audit_log",
          "import_job",
          "legacy_unit",
          "legacy_successor",
          "reporting_obligation",
          "reporting_obligation_indicator",
          "reporting_obligation_model");

  @Inject AgroalDataSource dataSource;

  private final List<String> failures = new ArrayList<>();
  private int requests;

  record Operation(
      String method,
      String template,
      Set<String> documented,
      List<String> queryParams,
      boolean jsonBody,
      JsonNode bodySchema) {}

  @Test
  void everyOperationRefusesBadInputCleanly() throws Exception {
    JsonNode api =
        JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    Map<String, String> samples = samplePathValues();
    Map<String, Long> provinceBefore = provinceFigures(PROVINCE);
    List<Operation> operations = operations(api);
    assertThat(operations).hasSizeGreaterThan(30);
    for (Operation op : operations) {
      String valid = fill(op.template(), samples, null);
      // Hostile path segments, for every path parameter; never a valid one for DELETE.
      for (String name : pathParams(op.template())) {
        for (String segment : HOSTILE_SEGMENTS) {
          // JAX-RS drops a matrix parameter, so "12;x=1" names record 12: a DELETE gets the same
          // shapes around an id nothing has, or the corpus deletes what other tests count.
          String hostile =
              op.method().equals("DELETE") ? segment.replace("12", "999999999") : segment;
          String path = fill(op.template(), samples, Map.of(name, hostile));
          send(
              op,
              path,
              op.jsonBody() ? "{}".getBytes(StandardCharsets.UTF_8) : null,
              "application/json",
              "path " + name + "=" + shorten(segment));
        }
      }
      if (op.method().equals("DELETE")) {
        continue;
      }
      String base = op.template().startsWith("/api/v1/imports/") ? "dryRun=true&" : "";
      for (String param : op.queryParams()) {
        for (String value : HOSTILE_VALUES) {
          String query = (param.equals("dryRun") ? "" : base) + param + "=" + value;
          send(
              op,
              valid + "?" + query,
              op.jsonBody() ? "{}".getBytes(StandardCharsets.UTF_8) : importBody(op),
              importType(op),
              "query " + param + "=" + shorten(value));
        }
      }
      if (op.jsonBody() || op.template().startsWith("/api/v1/imports/")) {
        for (Map.Entry<String, byte[]> body : bodies(api, op).entrySet()) {
          send(
              op,
              valid + (base.isEmpty() ? "" : "?dryRun=true"),
              body.getValue(),
              "application/json",
              "body " + body.getKey());
        }
        for (String type :
            List.of(
                "text/plain",
                "application/xml",
                "application/octet-stream",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=zz",
                "application/json; charset=utf-16",
                "none")) {
          send(
              op,
              valid + (base.isEmpty() ? "" : "?dryRun=true"),
              "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8),
              type.equals("none") ? null : type,
              "content-type " + type);
        }
      }
    }
    restore(PROVINCE, provinceBefore);
    System.out.printf(
        "bad-input corpus: %d requests over %d operations, %d failures%n",
        requests, operations.size(), failures.size());
    assertThat(failures)
        .as("bad-input corpus failures (" + failures.size() + " of " + requests + ")")
        .isEmpty();
  }

  private void send(Operation op, String path, byte[] body, String contentType, String label)
      throws Exception {
    boolean writes = !op.method().equals("GET");
    Map<String, Long> before = writes ? counts() : null;
    RequestSpecification request = Api.raw().urlEncodingEnabled(false);
    if (body != null && contentType == null) {
      request = request.body(body);
    } else if (body != null) {
      // REST Assured encodes form bodies itself and takes them only as text.
      request =
          contentType.startsWith("application/x-www-form-urlencoded")
              ? request.contentType(contentType).body(new String(body, StandardCharsets.UTF_8))
              : request.contentType(contentType).body(body);
    }
    Response answer = request.request(op.method(), path);
    requests++;
    int status = answer.statusCode();
    String where = op.method() + " " + op.template() + " [" + label + "] → " + status;
    if (status >= 500) {
      failures.add(where + " (server error)");
    } else if (status >= 400) {
      String type = answer.contentType();
      if (type == null || !type.startsWith("application/problem+json")) {
        failures.add(where + " (not problem+json: " + type + ")");
      }
      if (!op.documented().contains(Integer.toString(status))
          && !op.documented().contains("default")) {
        failures.add(where + " (status not documented; documented: " + op.documented() + ")");
      }
      if (writes) {
        Map<String, Long> after = counts();
        if (!after.equals(before)) {
          failures.add(where + " (refused but wrote: " + before + " → " + after + ")");
        }
      }
    }
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
  }

  private static List<Operation> operations(JsonNode api) {
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
          methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        if (!Set.of("get", "post", "put", "delete").contains(method.getKey())) {
          continue;
        }
        JsonNode op = method.getValue();
        Set<String> documented = new TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(documented::add);
        List<String> query = new ArrayList<>();
        for (JsonNode param : op.path("parameters")) {
          JsonNode resolved = resolve(api, param);
          if ("query".equals(resolved.path("in").asText())) {
            query.add(resolved.path("name").asText());
          }
        }
        JsonNode jsonContent = op.path("requestBody").path("content").path("application/json");
        boolean json =
            !jsonContent.isMissingNode() && !path.getKey().startsWith("/api/v1/imports/");
        operations.add(
            new Operation(
                method.getKey().toUpperCase(),
                path.getKey(),
                documented,
                query,
                json,
                json ? resolve(api, jsonContent.path("schema")) : null));
      }
    }
    return operations;
  }

  private static JsonNode resolve(JsonNode api, JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      current = api.at(ref.substring(1));
    }
    return current;
  }

  private static List<String> pathParams(String template) {
    List<String> names = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\{([^}:]+)[^}]*}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The template with valid sample values, except the named parameters. */
  private static String fill(
      String template, Map<String, String> samples, Map<String, String> overrides) {
    String result = template;
    for (String name : pathParams(template)) {
      String value =
          overrides != null && overrides.containsKey(name)
              ? overrides.get(name)
              : samples.get(resource(template) + "." + name);
      result =
          result.replaceFirst(
              "\\{" + name + "[^}]*}",
              java.util.regex.Matcher.quoteReplacement(value == null ? "1" : value));
    }
    return result;
  }

  private static String resource(String template) {
    return template.split("/")[3];
  }

  /**
   * Existing rows for valid paths; PUTs go to rows this test made, so that an accepted body changes
   * nobody's data.
   */
  private static Map<String, String> samplePathValues() {
    String commune = Api.createCommune(PROVINCE, "Xã kho lỗi");
    String model = Api.createModel(PROVINCE, "Mô hình kho lỗi", DAY);
    long point = Api.createPoint(model, commune, DAY, 1, 5);
    String category = "C_" + Api.unique("CORPUS").replace('-', '_');
    Api.json()
        .body(Map.of("code", category, "name", "Lĩnh vực kho lỗi"))
        .post("/api/v1/model-categories")
        .then()
        .statusCode(201);
    String indicator = "I_" + Api.unique("CORPUS").replace('-', '_');
    Api.json()
        .body(Map.of("code", indicator, "name", "Chỉ tiêu kho lỗi", "unit", "vụ"))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);
    String obligation = "O_" + Api.unique("CORPUS").replace('-', '_');
    Api.json()
        .body(
            Map.of(
                "code",
                obligation,
                "name",
                "Nghĩa vụ kho lỗi",
                "indicatorCodes",
                List.of("TIPS_RECEIVED"),
                "frequency",
                "MONTH",
                "reporterLevel",
                "POINT",
                "dueDaysAfterEnd",
                5,
                "validFrom",
                DAY))
        .post("/api/v1/reporting-obligations")
        .then()
        .statusCode(201);
    Map<String, String> samples = new LinkedHashMap<>();
    samples.put("provinces.code", PROVINCE);
    samples.put("communes.code", commune);
    samples.put("models.code", model);
    samples.put("replication-points.id", Long.toString(point));
    samples.put("model-categories.code", category);
    samples.put("indicators.code", indicator);
    samples.put("reporting-obligations.code", obligation);
    samples.put("legacy-units.code", "03589");
    samples.put("outcomes.id", "1");
    samples.put("imports.id", "1");
    samples.put("imports.kind", "outcomes");
    return samples;
  }

  private Map<String, byte[]> bodies(JsonNode api, Operation op) {
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    ObjectNode sample = sample(api, op.bodySchema());
    String base = sample.toString();
    bodies.put("empty", new byte[0]);
    bodies.put("array", "[]".getBytes(StandardCharsets.UTF_8));
    bodies.put("string", "\"x\"".getBytes(StandardCharsets.UTF_8));
    bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
    bodies.put("truncated", base.substring(0, base.length() / 2).getBytes(StandardCharsets.UTF_8));
    bodies.put("two documents", (base + base).getBytes(StandardCharsets.UTF_8));
    bodies.put("trailing garbage", (base + " ]x").getBytes(StandardCharsets.UTF_8));
    bodies.put(
        "deep nesting",
        ("{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(StandardCharsets.UTF_8));
    bodies.put("unknown key", "{\"zzUnknown\":1}".getBytes(StandardCharsets.UTF_8));
    byte[] invalidUtf8 = "{\"name\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
    invalidUtf8[10] = (byte) 0xC3;
    bodies.put("invalid UTF-8", invalidUtf8);
    bodies.put("raw NUL", "{\"name\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8));
    bodies.put("BOM + garbage", ("\uFEFF\u0000" + base).getBytes(StandardCharsets.UTF_8));
    if (sample.size() > 0) {
      Iterator<String> names = sample.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        String value = sample.get(name).toString();
        String dup = "{\"" + name + "\":" + value + "," + base.substring(1);
        bodies.put("duplicate " + name, dup.getBytes(StandardCharsets.UTF_8));
        for (String wrong : WRONG_VALUES) {
          ObjectNode copy = sample.deepCopy();
          String json = copy.put(name, "__WRONG__").toString().replace("\"__WRONG__\"", wrong);
          bodies.put(name + "=" + shorten(wrong), json.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    if (op.template().startsWith("/api/v1/imports/")) {
      bodies.put(
          "csv NUL",
          "indicator_code,period,value\nTIPS_RECEIVED,2024,\u00001\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
  }

  /**
   * A plausible body from the schema's properties: names from the contract, values that pass where
   * the name is known.
   */
  private static ObjectNode sample(JsonNode api, JsonNode schema) {
    ObjectNode body = JSON.createObjectNode();
    if (schema == null) {
      return body;
    }
    JsonNode properties = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      JsonNode type = resolve(api, property.getValue());
      switch (property.getKey()) {
        case "provinceCode" -> body.put("provinceCode", PROVINCE);
        case "categoryCode" -> body.put("categoryCode", "RESIDENTIAL");
        case "name", "placeName" -> body.put(property.getKey(), "Tên kho lỗi");
        case "startedOn", "establishedOn", "recognizedOn", "statusSince" ->
            body.put(property.getKey(), DAY);
        case "values" ->
            body.set(
                "values",
                JSON.createArrayNode()
                    .add(
                        JSON.createObjectNode()
                            .put("indicatorCode", "TIPS_RECEIVED")
                            .put("period", DAY.substring(0, 4))
                            .put("value", 1)
                            .put("provinceCode", PROVINCE)));
        default -> {
          String kind = type.path("type").asText();
          if (type.has("enum")) {
            body.put(property.getKey(), type.get("enum").get(0).asText());
          } else if (kind.equals("integer") || kind.equals("number")) {
            body.put(property.getKey(), 1);
          } else if (kind.equals("boolean")) {
            body.put(property.getKey(), false);
          }
        }
      }
    }
    return body;
  }

  private static byte[] importBody(Operation op) {
    return op.template().startsWith("/api/v1/imports/") && op.method().equals("POST")
        ? ("indicator_code,period,value,province_code\nTIPS_RECEIVED,"
                + DAY.substring(0, 4)
                + ",1,"
                + PROVINCE
                + "\n")
            .getBytes(StandardCharsets.UTF_8)
        : null;
  }

  private static String importType(Operation op) {
    return op.template().startsWith("/api/v1/imports/") ? "text/csv" : "application/json";
  }

  private Map<String, Long> counts() throws Exception {
    StringBuilder sql = new StringBuilder("select ");
    for (int i = 0; i < TABLES.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(select count(*) from ")
          .append(TABLES.get(i))
          .append(")");
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql.toString())) {
      rows.next();
      for (int i = 0; i < TABLES.size(); i++) {
        counts.put(TABLES.get(i), rows.getLong(i + 1));
      }
    }
    return counts;
  }

  private Map<String, Long> provinceFigures(String code) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select population, area_km2 * 100 from province where code = '" + code + "'")) {
      rows.next();
      Map<String, Long> figures = new LinkedHashMap<>();
      figures.put("population", rows.getObject(1) == null ? null : rows.getLong(1));
      figures.put("area", rows.getObject(2) == null ? null : rows.getLong(2));
      return figures;
    }
  }

  /** An accepted PUT may have changed the sample province; later tests see it as it was. */
  private void restore(String code, Map<String, Long> figures) throws Exception {
    try (Connection connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "update province set population = ?, area_km2 = ? / 100 where code = ?")) {
      statement.setObject(1, figures.get("population"));
      statement.setObject(2, figures.get("area"));
      statement.setString(3, code);
      statement.executeUpdate();
    }
  }
}
