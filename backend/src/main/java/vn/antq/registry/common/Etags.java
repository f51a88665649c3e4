package vn.antq.registry.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Optimistic locking over HTTP: the entity version is the ETag, If-Match must name it. */
public final class Etags {

  private Etags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** Refuses the update with 412 when the client's If-Match names another version. */
  public static void check(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return;
    }
    String current = Long.toString(currentVersion);
    for (String tag : ifMatch.split(",")) {
      String value = tag.strip();
      if (value.startsWith("W/")) {
        value = value.substring(2);
      }
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      if (value.equals(current)) {
        return;
      }
    }
    throw new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "If-Match "
            + ifMatch.strip()
            + " không khớp phiên bản hiện tại \""
            + current
            + "\"; hãy tải lại bản ghi (stale If-Match)",
        List.of(new FieldError("If-Match", "expected \"" + current + "\"")));
  }

  public static Response.ResponseBuilder ok(Object body, long version) {
    return Response.ok(body).tag(of(version));
  }

  /** 201 with the new record, its Location and its ETag, so that no client has to read it back. */
  public static Response created(String location, Object body, long version) {
    return Response.created(URI.create(location)).entity(body).tag(of(version)).build();
  }
}
