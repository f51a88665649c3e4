package vn.antq.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * One rule for content types on every operation, before a resource is chosen.
 *
 * <ul>
 *   <li>A request body must say what it is: a body without Content-Type is 415, on every write (no
 *       guessing on some endpoints and refusing on others).
 *   <li>A client that accepts application/problem+json accepts the JSON it is a dialect of:
 *       generated clients send only that Accept on operations whose success has no body (DELETE →
 *       204), and must not get 406 for it. An Accept nothing matches still gets 406 (problem+json).
 * </ul>
 */
public class MediaTypeRules {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

  @ServerRequestFilter(preMatching = true)
  public Response apply(ContainerRequestContext request) {
    if (!request.getUriInfo().getPath().startsWith("/api/")) {
      return null;
    }
    if (WRITES.contains(request.getMethod())
        && hasBody(request)
        && blank(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
      return ProblemMappers.problem(
          ProblemType.UNSUPPORTED_MEDIA_TYPE,
          415,
          "Thiếu Content-Type: hãy gửi application/json (nhập tệp: text/csv, application/json, Excel hoặc multipart/form-data)"
              + " (Content-Type is required with a body)",
          null,
          request.getUriInfo());
    }
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept != null && acceptsProblemsButNotJson(accept)) {
      request
          .getHeaders()
          .putSingle(HttpHeaders.ACCEPT, accept + ", " + MediaType.APPLICATION_JSON + ";q=0.5");
    }
    return null;
  }

  private static boolean hasBody(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    return request.getHeaderString("Transfer-Encoding") != null
        || length != null && !length.strip().equals("0");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static boolean acceptsProblemsButNotJson(String accept) {
    boolean problems = false;
    for (String part : accept.split(",")) {
      String type = part.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (type.equals("*/*")
          || type.equals("application/*")
          || type.equals(MediaType.APPLICATION_JSON)) {
        return false;
      }
      problems |= type.equals(ProblemMappers.PROBLEM_JSON);
    }
    return problems;
  }
}
