package vn.antq.registry.common;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The answers every operation can give, said once here rather than on each method, so that a
 * generated client knows every status and header the API really sends: 401, 406 and 503 anywhere,
 * 403 on writes, 400 where there are parameters, 404 where the path names a record, 413 and 415
 * where there is a body; Location on 201/202; ETag where the answer is a versioned record. The
 * schemas are then made true to what Jackson writes ({@link OpenApiSchemas}).
 */
public class OpenApiResponses implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        Operation operation = entry.getValue();
        if (operation.getResponses() == null) {
          continue;
        }
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
            operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasParameters) {
          operation.getParameters().forEach(OpenApiResponses::idsAreInt64);
        }
        if (hasParameters || hasBody) {
          add(operation, "400", "BadRequest");
        }
        add(operation, "401", "Unauthorized");
        if (entry.getKey() != PathItem.HttpMethod.GET) {
          add(operation, "403", "Forbidden");
        }
        if (path.getKey().contains("{")) {
          add(operation, "404", "NotFound");
        }
        add(operation, "406", "NotAcceptable");
        if (hasBody) {
          add(operation, "413", "PayloadTooLarge");
          add(operation, "415", "UnsupportedMediaType");
        }
        add(operation, "503", "ServiceUnavailable");
        headers(openAPI, operation);
        byStatus(operation);
      }
    }
    OpenApiSchemas.makeTrue(openAPI);
  }

  /**
   * Every numeric id is an int64, whether it travels in a path, a query or a body (ids in paths are
   * read as text, then parsed).
   */
  private static void idsAreInt64(Parameter parameter) {
    String name = parameter.getName();
    Schema schema = parameter.getSchema();
    if (name == null || schema == null) {
      return;
    }
    boolean pathId = name.equals("id") && parameter.getIn() == Parameter.In.PATH;
    boolean numericId =
        (name.equals("id") || name.endsWith("Id"))
            && schema.getType() != null
            && schema.getType().contains(Schema.SchemaType.INTEGER);
    if (pathId || numericId) {
      schema.setType(java.util.List.of(Schema.SchemaType.INTEGER));
      schema.setFormat("int64");
    }
  }

  private static void headers(OpenAPI openAPI, Operation operation) {
    for (Map.Entry<String, APIResponse> answer :
        operation.getResponses().getAPIResponses().entrySet()) {
      APIResponse response = answer.getValue();
      if (response.getRef() != null) {
        continue;
      }
      String status = answer.getKey();
      if (status.equals("201") || status.equals("202")) {
        header(response, "Location");
      }
      if ((status.equals("200") || status.equals("201"))
          && versioned(openAPI, response.getContent())) {
        header(response, "ETag");
      }
    }
  }

  /** Etags come from the record's version: an answer whose body has one carries an ETag. */
  private static boolean versioned(OpenAPI openAPI, Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return false;
    }
    MediaType json = content.getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    Schema schema = json == null ? null : OpenApiSchemas.resolve(openAPI, json.getSchema());
    return schema != null
        && schema.getProperties() != null
        && schema.getProperties().containsKey("version");
  }

  private static void header(APIResponse response, String name) {
    if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
      response.addHeader(name, OASFactory.createHeader().ref(name));
    }
  }

  /** Answers listed by status, so the document reads the same whichever place declared them. */
  private static void byStatus(Operation operation) {
    operation
        .getResponses()
        .setAPIResponses(new java.util.TreeMap<>(operation.getResponses().getAPIResponses()));
  }

  private static void add(Operation operation, String status, String ref) {
    if (!operation.getResponses().hasAPIResponse(status)) {
      operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
    }
  }
}
