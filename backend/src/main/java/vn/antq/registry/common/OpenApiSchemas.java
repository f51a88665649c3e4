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
 * after Java classes), ids are int64, a page and a stored record always carry their keys, and the
 * answer fields that can be {@code null} (optional columns, values not reported, fields hidden from
 * the reader) say so. Jackson writes every field of an answer; only problem documents leave absent
 * ones out.
 */
final class OpenApiSchemas {

  /**
   * Fields declared with {@code @Schema(ref = ...)} that can be null: smallrye drops {@code
   * nullable} beside a {@code ref}, so these are said here. Every other field says it on its
   * record.
   */
  private static final Map<String, Set<String>> NULLABLE_REFS =
      Map.of("ImportJob", Set.of("result"));

  private static final String PREFIX = "#/components/schemas/";

  /** Java types that smallrye turns into schemas of their own: they are plain formatted strings. */
  private static final Map<String, String> STRING_FORMATS =
      Map.of("LocalDate", "date", "Instant", "date-time", "OffsetDateTime", "date-time");

  private static final List<String> PAGE_FIELDS = List.of("items", "page", "size", "total");
  private static final List<String> RECORD_FIELDS = List.of("id", "code", "name", "version");

  private OpenApiSchemas() {}

  static void makeTrue(OpenAPI openAPI) {
    Map<String, Schema> components =
        openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
    if (components == null) {
      return;
    }
    everySchema(openAPI, OpenApiSchemas::inlineStringFormats);
    STRING_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
    components.values().forEach(OpenApiSchemas::idsAreInt64);
    for (String name : answerSchemas(openAPI)) {
      Schema schema = components.get(name);
      if (schema != null && schema.getProperties() != null) {
        alwaysPresent(name, schema)
            .forEach(
                property -> {
                  if (schema.getRequired() == null || !schema.getRequired().contains(property)) {
                    schema.addRequired(property);
                  }
                });
        schema.getProperties().values().forEach(OpenApiSchemas::nullable);
        NULLABLE_REFS.getOrDefault(name, Set.of()).stream()
            .map(schema.getProperties()::get)
            .forEach(OpenApiSchemas::nullableRef);
      }
    }
    namePages(openAPI);
  }

  /**
   * PageResultModelDto (a Java generic's name) becomes ModelPage: a page is named after its items.
   */
  private static void namePages(OpenAPI openAPI) {
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    Map<String, String> renames = new java.util.LinkedHashMap<>();
    components.forEach(
        (name, schema) -> {
          Schema items =
              name.startsWith("PageResult")
                      && schema.getProperties() != null
                      && schema.getProperties().get("items") != null
                  ? schema.getProperties().get("items").getItems()
                  : null;
          if (items != null && items.getRef() != null && items.getRef().startsWith(PREFIX)) {
            renames.put(name, items.getRef().substring(PREFIX.length()) + "Page");
          }
        });
    everySchema(
        openAPI,
        schema -> {
          String ref = schema.getRef();
          if (ref != null
              && ref.startsWith(PREFIX)
              && renames.containsKey(ref.substring(PREFIX.length()))) {
            schema.setRef(PREFIX + renames.get(ref.substring(PREFIX.length())));
          }
        });
    renames.forEach(
        (old, name) -> {
          Schema schema = components.get(old);
          openAPI.getComponents().removeSchema(old);
          openAPI.getComponents().addSchema(name, schema);
        });
  }

  /**
   * What an answer always carries: a page its items and counts; a stored record (one with a
   * version) its key, name and version, NOT NULL columns of every table.
   */
  private static List<String> alwaysPresent(String name, Schema schema) {
    List<String> candidates =
        name.startsWith("PageResult")
            ? PAGE_FIELDS
            : schema.getProperties().containsKey("version") ? RECORD_FIELDS : List.of();
    return candidates.stream().filter(schema.getProperties()::containsKey).toList();
  }

  static Schema resolve(OpenAPI openAPI, Schema schema) {
    if (schema == null
        || schema.getRef() == null
        || !schema.getRef().startsWith(PREFIX)
        || openAPI.getComponents() == null
        || openAPI.getComponents().getSchemas() == null) {
      return schema;
    }
    return openAPI.getComponents().getSchemas().get(schema.getRef().substring(PREFIX.length()));
  }

  private static void inlineStringFormats(Schema schema) {
    String ref = schema.getRef();
    if (ref != null
        && ref.startsWith(PREFIX)
        && STRING_FORMATS.containsKey(ref.substring(PREFIX.length()))) {
      schema.setRef(null);
      schema.setType(List.of(Schema.SchemaType.STRING));
      schema.setFormat(STRING_FORMATS.get(ref.substring(PREFIX.length())));
    }
  }

  private static void idsAreInt64(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    schema
        .getProperties()
        .forEach(
            (name, property) -> {
              if ((name.equals("id") || name.endsWith("Id"))
                  && property.getType() != null
                  && property.getType().contains(Schema.SchemaType.INTEGER)) {
                property.setFormat("int64");
              }
            });
  }

  /**
   * A 3.1 type array with "null"; a reference becomes anyOf [reference, null], which generators
   * read as a nullable reference.
   */
  /**
   * A field declared {@code @Schema(nullable = true)} on its record comes out of smallrye as {@code
   * anyOf: [its schema, null]} beside a copied type; a plain one becomes {@code type: [t, "null"]},
   * a reference keeps the anyOf, so generators read both as "this or null".
   */
  private static void nullableRef(Schema property) {
    Schema target = OASFactory.createSchema().ref(property.getRef());
    property.setRef(null);
    property.setAnyOf(
        new ArrayList<>(
            List.of(target, OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
  }

  private static void nullable(Schema property) {
    List<Schema> anyOf = property.getAnyOf();
    if (anyOf == null
        || anyOf.size() != 2
        || !List.of(Schema.SchemaType.NULL).equals(anyOf.get(1).getType())) {
      return;
    }
    Schema target = anyOf.get(0);
    if (target.getRef() != null) {
      property.setType(null);
      return;
    }
    property.setAnyOf(null);
    List<Schema.SchemaType> types = new ArrayList<>(target.getType());
    types.add(Schema.SchemaType.NULL);
    property.setType(types);
    property.setFormat(target.getFormat());
  }

  /**
   * The component schemas an answer can contain, followed through references, properties and items.
   */
  private static Set<String> answerSchemas(OpenAPI openAPI) {
    Set<String> names = new HashSet<>();
    List<Schema> pending = new ArrayList<>();
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        if (operation.getResponses() != null
            && operation.getResponses().getAPIResponses() != null) {
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
          operation
              .getParameters()
              .forEach(
                  parameter -> {
                    if (parameter.getSchema() != null) {
                      pending.add(parameter.getSchema());
                    }
                  });
        }
        if (operation.getRequestBody() != null) {
          schemasOf(operation.getRequestBody().getContent(), pending::add);
        }
        if (operation.getResponses() != null
            && operation.getResponses().getAPIResponses() != null) {
          operation
              .getResponses()
              .getAPIResponses()
              .values()
              .forEach(response -> schemasOf(response.getContent(), pending::add));
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
    for (List<Schema> group :
        java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (group != null) {
        group.forEach(sink);
      }
    }
    if (schema.getAdditionalPropertiesSchema() != null) {
      sink.accept(schema.getAdditionalPropertiesSchema());
    }
  }
}
