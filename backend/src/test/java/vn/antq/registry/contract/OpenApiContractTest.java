package vn.antq.registry.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;

/** The published contract (top-level openapi.yaml) must be exactly what the running API serves. */
@QuarkusTest
class OpenApiContractTest extends SignedIn {

  private static final Path CONTRACT = Path.of("..", "openapi.yaml");
  private static final Path SERVED = Path.of("target", "openapi-served.yaml");

  @Test
  void servedDocumentEqualsThePublishedContract() throws IOException {
    assertThat(CONTRACT).as("top-level openapi.yaml").exists();
    ObjectMapper yaml =
        new ObjectMapper(
            new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .disable(YAMLGenerator.Feature.SPLIT_LINES));
    JsonNode published = withoutRuntimeExtensions(yaml.readTree(Files.readString(CONTRACT)));
    String servedYaml =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode served = withoutRuntimeExtensions(yaml.readTree(servedYaml));
    // `make openapi` publishes this file after review.
    Files.createDirectories(SERVED.getParent());
    Files.writeString(SERVED, yaml.writeValueAsString(served));
    List<String> differences = new ArrayList<>();
    diff("", published, served, differences);
    assertThat(differences)
        .as("openapi.yaml differs from /q/openapi (run `make openapi` and review the diff)")
        .isEmpty();
  }

  /** Quarkus adds x-quarkus-* bookkeeping at run time only; it is not part of the contract. */
  private static JsonNode withoutRuntimeExtensions(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (name.startsWith("x-quarkus-")) {
          object.remove(name);
        } else {
          withoutRuntimeExtensions(object.get(name));
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(OpenApiContractTest::withoutRuntimeExtensions);
    }
    return node;
  }

  /** JSON pointers where the two documents differ, so a failure says where to look. */
  private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()) {
      out.add(path + ": published " + shorten(expected) + " vs served " + shorten(actual));
      return;
    }
    if (expected.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(path + "/" + name, expected.get(name), actual.get(name), out);
      }
    } else if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(path + ": published " + shorten(expected) + " vs served " + shorten(actual));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        diff(path + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!expected.equals(actual)) {
      out.add(path + ": published " + shorten(expected) + " vs served " + shorten(actual));
    }
  }

  private static String shorten(JsonNode node) {
    String text = String.valueOf(node);
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }

  @Test
  void contractDescribesEveryResourceOfTheIssue() throws IOException {
    JsonNode paths =
        new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT)).get("paths");
    for (String path :
        new String[] {
          "/api/v1/provinces",
          "/api/v1/provinces/{code}",
          "/api/v1/provinces/{code}/summary",
          "/api/v1/communes",
          "/api/v1/communes/{code}",
          "/api/v1/model-categories",
          "/api/v1/indicators/{code}",
          "/api/v1/models",
          "/api/v1/models/{code}",
          "/api/v1/models/{code}/history",
          "/api/v1/models/{code}/summary",
          "/api/v1/replication-points",
          "/api/v1/replication-points/{id}",
          "/api/v1/outcomes",
          "/api/v1/outcomes/{id}",
          "/api/v1/outcomes/summary",
          "/api/v1/summary"
        }) {
      assertThat(paths.has(path)).as(path).isTrue();
    }
  }
}
