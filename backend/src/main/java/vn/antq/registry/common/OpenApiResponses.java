package vn.antq.registry.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/** Every API operation can answer 401, every write 403: said once here rather than on each method. */
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
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
        Operation operation = entry.getValue();
        add(operation, "401", "Unauthorized");
        if (entry.getKey() != PathItem.HttpMethod.GET) {
          add(operation, "403", "Forbidden");
        }
      }
    }
  }

  private static void add(Operation operation, String status, String ref) {
    if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(status)) {
      operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(ref));
    }
  }
}
