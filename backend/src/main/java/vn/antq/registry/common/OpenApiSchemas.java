package vn.antq.registry.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes the generated schemas say what Jackson really writes: dates are strings (not schemas named
 * after Java classes), ids are int64, and a property of an answer that is not required may be
 * {@code null} (Jackson writes nulls; only problem documents leave them out).
 */
final class OpenApiSchemas {

  private static final String PREFIX = "#/components/schemas/";
  /** Java types that smallrye turns into schemas of their own: they are plain formatted strings. */
  private static final Map<String, String> STRING_FORMATS = Map.of("LocalDate", "date", "Instant", "date-time", "OffsetDateTime", "date-time");
  /** Problem documents omit absent fields (@JsonInclude NON_NULL) rather than sending null. */
  private static final Set<String> NEVER_NULL = Set.of("Problem", "FieldError", "ImportRejection", "ImportProblem", "ImportConflict");

  private OpenApiSchemas() {
  }

  static void makeTrue(OpenAPI openAPI) {
    Map<String, Schema> components = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
    if (components == null) {
      return;
    }
    everySchema(openAPI, OpenApiSchemas::inlineStringFormats);
    STRING_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
    components.values().forEach(OpenApiSchemas::idsAreInt64);
    for (String name : answerSchemas(openAPI)) {
      Schema schema = components.get(name);
      if (schema != null && !NEVER_NULL.contains(name) && schema.getProperties() != null) {
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((property, value) -> {
          if (!required.contains(property)) {
            nullable(value);
          }
        });
      }
    }
  }

  static Schema resolve(OpenAPI openAPI, Schema schema) {
    if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(PREFIX) || openAPI.getComponents() == null
        || openAPI.getComponents().getSchemas() == null) {
      return schema;
    }
    return openAPI.getComponents().getSchemas().get(schema.getRef().substring(PREFIX.length()));
  }

  private static void inlineStringFormats(Schema schema) {
    String ref = schema.getRef();
    if (ref != null && ref.startsWith(PREFIX) && STRING_FORMATS.containsKey(ref.substring(PREFIX.length()))) {
      schema.setRef(null);
      schema.setType(List.of(Schema.SchemaType.STRING));
      schema.setFormat(STRING_FORMATS.get(ref.substring(PREFIX.length())));
    }
  }

  private static void idsAreInt64(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    schema.getProperties().forEach((name, property) -> {
      if ((name.equals("id") || name.endsWith("Id")) && property.getType() != null && property.getType().contains(Schema.SchemaType.INTEGER)) {
        property.setFormat("int64");
      }
    });
  }

  /** A 3.1 type array with "null"; a reference becomes anyOf [reference, null], which generators read as a nullable reference. */
  private static void nullable(Schema property) {
    if (property.getRef() != null) {
      Schema target = OASFactory.createSchema().ref(property.getRef());
      property.setRef(null);
      property.setType(null);
      property.setAnyOf(new ArrayList<>(List.of(target, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
    } else if (property.getType() != null && !property.getType().isEmpty() && !property.getType().contains(Schema.SchemaType.NULL)) {
      List<Schema.SchemaType> types = new ArrayList<>(property.getType());
      types.add(Schema.SchemaType.NULL);
      property.setType(types);
    }
  }

  /** The component schemas an answer can contain, followed through references, properties and items. */
  private static Set<String> answerSchemas(OpenAPI openAPI) {
    Set<String> names = new HashSet<>();
    List<Schema> pending = new ArrayList<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
          for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            schemasOf(response.getContent(), pending::add);
          }
        }
      }
    }
    while (!pending.isEmpty()) {
      Schema schema = pending.remove(pending.size() - 1);
      if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
        String name = schema.getRef().substring(PREFIX.length());
        Schema target = resolve(openAPI, schema);
        if (names.add(name) && target != null) {
          pending.add(target);
        }
      }
      children(schema, pending::add);
    }
    return names;
  }

  private static void everySchema(OpenAPI openAPI, Consumer<Schema> action) {
    List<Schema> pending = new ArrayList<>(openAPI.getComponents().getSchemas().values());
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getParameters() != null) {
          operation.getParameters().forEach(parameter -> {
            if (parameter.getSchema() != null) {
              pending.add(parameter.getSchema());
            }
          });
        }
        if (operation.getRequestBody() != null) {
          schemasOf(operation.getRequestBody().getContent(), pending::add);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
          operation.getResponses().getAPIResponses().values().forEach(response -> schemasOf(response.getContent(), pending::add));
        }
      }
    }
    while (!pending.isEmpty()) {
      Schema schema = pending.remove(pending.size() - 1);
      action.accept(schema);
      children(schema, pending::add);
    }
  }

  private static void schemasOf(Content content, Consumer<Schema> sink) {
    if (content != null && content.getMediaTypes() != null) {
      for (MediaType media : content.getMediaTypes().values()) {
        if (media.getSchema() != null) {
          sink.accept(media.getSchema());
        }
      }
    }
  }

  private static void children(Schema schema, Consumer<Schema> sink) {
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(sink);
    }
    if (schema.getItems() != null) {
      sink.accept(schema.getItems());
    }
    for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (group != null) {
        group.forEach(sink);
      }
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      sink.accept(schema.getAdditionalPropertiesSchema());
    }
  }
}
