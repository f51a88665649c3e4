package vn.antq.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published contract is one a generator can use unchanged: names, statuses, headers, media
 * types and security a generated client needs (GeneratedClientTest drives one).
 */
class GeneratorFriendlyContractTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
  private static JsonNode contract;

  @BeforeAll
  static void read() throws IOException {
    contract =
        new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(Path.of("..", "openapi.yaml")));
  }

  private static List<Map.Entry<String, JsonNode>> operations() {
    List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
    contract
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          if (METHODS.contains(method.getKey())) {
                            operations.add(
                                Map.entry(
                                    method.getKey().toUpperCase() + " " + path.getKey(),
                                    method.getValue()));
                          }
                        }));
    return operations;
  }

  @Test
  void everyOperationHasAUniqueEnglishOperationIdAndADeclaredEnglishTag() {
    Set<String> tags = new HashSet<>();
    contract
        .get("tags")
        .forEach(
            tag -> {
              assertThat(tag.get("name").asText()).matches("[a-z][A-Za-z]*");
              assertThat(tag.path("x-displayName").asText())
                  .as("display name of " + tag.get("name"))
                  .isNotBlank();
              tags.add(tag.get("name").asText());
            });
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, JsonNode> operation : operations()) {
      String id = operation.getValue().path("operationId").asText();
      assertThat(id).as(operation.getKey()).matches("[a-z][A-Za-z]+");
      assertThat(ids.add(id)).as("unique " + id).isTrue();
      assertThat(operation.getValue().get("tags")).as(operation.getKey()).hasSize(1);
      assertThat(tags)
          .as(operation.getKey())
          .contains(operation.getValue().get("tags").get(0).asText());
    }
    assertThat(ids)
        .contains(
            "listModels",
            "getModel",
            "createModel",
            "updateModel",
            "deleteModel",
            "importFile",
            "startImportJob",
            "postOutcomes");
  }

  @Test
  void everyOperationDocumentsTheStatusesTheApiCanAnswerAsProblems() {
    for (Map.Entry<String, JsonNode> operation : operations()) {
      JsonNode responses = operation.getValue().get("responses");
      List<String> expected = new ArrayList<>(List.of("401", "406", "503"));
      if (operation.getValue().has("requestBody")) {
        expected.addAll(List.of("400", "413", "415"));
      }
      if (operation.getKey().contains("{")) {
        expected.add("404");
      }
      if (!operation.getKey().startsWith("GET")) {
        expected.add("403");
      }
      for (String status : expected) {
        assertThat(responses.has(status)).as(operation.getKey() + " documents " + status).isTrue();
      }
      responses
          .fields()
          .forEachRemaining(
              response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                  JsonNode content = resolve(response.getValue()).get("content");
                  assertThat(content.has("application/problem+json"))
                      .as(operation.getKey() + " " + response.getKey())
                      .isTrue();
                }
              });
    }
  }

  @Test
  void createdAndAcceptedAnswersDeclareLocationAndVersionedRecordsDeclareETag() {
    for (Map.Entry<String, JsonNode> operation : operations()) {
      JsonNode responses = operation.getValue().get("responses");
      for (String status : List.of("201", "202")) {
        if (responses.has(status)) {
          assertThat(responses.get(status).path("headers").has("Location"))
              .as(operation.getKey() + " " + status)
              .isTrue();
        }
      }
    }
    JsonNode getModel = contract.at("/paths/~1api~1v1~1models~1{code}/get/responses/200/headers");
    JsonNode updateModel =
        contract.at("/paths/~1api~1v1~1models~1{code}/put/responses/200/headers");
    assertThat(getModel.has("ETag")).isTrue();
    assertThat(updateModel.has("ETag")).isTrue();
  }

  @Test
  void importsDocumentEveryBodyTheyReadAndEveryAnswerTheySend() {
    JsonNode body = resolve(contract.at("/paths/~1api~1v1~1imports~1{kind}/post/requestBody"));
    assertThat(body.get("content").fieldNames())
        .toIterable()
        .containsExactly(
            "text/csv",
            "application/json",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "multipart/form-data");
    JsonNode form = resolve(body.at("/content/multipart~1form-data/schema"));
    assertThat(form.at("/properties/file/format").asText()).isEqualTo("binary");
    JsonNode responses = contract.at("/paths/~1api~1v1~1imports~1{kind}/post/responses");
    assertThat(responses.at("/200/content/application~1json/schema/$ref").asText())
        .endsWith("/ImportResult");
    assertThat(responses.at("/202/content/application~1json/schema/$ref").asText())
        .endsWith("/ImportJob");
    assertThat(responses.at("/422/content/application~1problem+json/schema/$ref").asText())
        .endsWith("/ImportRejection");
    assertThat(contract.at("/paths/~1api~1v1~1imports~1{kind}~1jobs/post/responses").has("200"))
        .isFalse();
  }

  @Test
  void schemasHaveMeaningfulNamesDatesAreStringsAndIdsAreInt64() {
    Set<String> names = new HashSet<>();
    contract.get("components").get("schemas").fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .doesNotContain("Type", "State", "LocalDate", "Instant")
        .contains("ImportJobState", "PeriodType", "ModelPage", "AuditEntryPage");
    assertThat(names).noneMatch(name -> name.startsWith("PageResult") || name.endsWith("Dto"));
    assertThat(contract.at("/components/schemas/Model/properties/startedOn/format").asText())
        .isEqualTo("date");
    for (Map.Entry<String, JsonNode> operation : operations()) {
      operation
          .getValue()
          .path("parameters")
          .forEach(
              parameter -> {
                String name = parameter.get("name").asText();
                boolean numeric = parameter.at("/schema/type").asText().equals("integer");
                if ((name.equals("id") || name.endsWith("Id"))
                    && (numeric || parameter.get("in").asText().equals("path"))) {
                  assertThat(parameter.at("/schema/format").asText())
                      .as(operation.getKey() + " " + name)
                      .isEqualTo("int64");
                }
              });
    }
  }

  @Test
  void answerFieldsJacksonMayWriteAsNullAreNullable() {
    JsonNode model = contract.at("/components/schemas/Model/properties");
    assertThat(model.at("/communeCode/type").toString()).isEqualTo("[\"string\",\"null\"]");
    assertThat(model.at("/recognitionLevel/anyOf/1/type").asText()).isEqualTo("null");
  }

  @Test
  void declaresAServerAndSecuritySchemesThatCanObtainTokens() {
    assertThat(contract.at("/servers/0/url").asText()).startsWith("http");
    JsonNode schemes = contract.at("/components/securitySchemes");
    assertThat(schemes.at("/oidc/openIdConnectUrl").asText())
        .endsWith("/.well-known/openid-configuration");
    assertThat(schemes.at("/oauth2/flows/clientCredentials/tokenUrl").asText())
        .endsWith("/protocol/openid-connect/token");
    assertThat(schemes.at("/bearer/scheme").asText()).isEqualTo("bearer");
    List<String> applied = new ArrayList<>();
    contract
        .get("security")
        .forEach(requirement -> requirement.fieldNames().forEachRemaining(applied::add));
    assertThat(applied).contains("bearer", "oidc", "oauth2");
  }

  private static JsonNode resolve(JsonNode node) {
    String ref = node.path("$ref").asText();
    return ref.isEmpty() ? node : contract.at(ref.substring(1));
  }
}
