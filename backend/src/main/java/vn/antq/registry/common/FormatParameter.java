package vn.antq.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * `?format=csv` is the curl-friendly spelling of `Accept: text/csv` (and `?format=json` of JSON).
 */
public class FormatParameter {

  @ServerRequestFilter(preMatching = true)
  public void accept(ContainerRequestContext request) {
    String format = request.getUriInfo().getQueryParameters().getFirst("format");
    if (format == null) {
      return;
    }
    switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, ListExport.TEXT_CSV);
      case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, "application/json");
      case "xlsx" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, ListExport.XLSX);
      default ->
          request
              .getHeaders()
              .putSingle(
                  HttpHeaders.ACCEPT,
                  "application/x-unsupported-" + format.replaceAll("[^a-zA-Z0-9]", ""));
    }
  }
}
