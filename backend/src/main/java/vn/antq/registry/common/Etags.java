package vn.antq.registry.common;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

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

  /**
   * 200 with the record and its ETag, typed so that the OpenAPI document reads the body's schema
   * from the method's return type.
   */
  public static <T> RestResponse<T> versioned(T body, long version) {
    return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
  }

  /** 201 with the new record, its Location and its ETag, so that no client has to read it back. */
  public static <T> RestResponse<T> created(String location, T body, long version) {
    return RestResponse.ResponseBuilder.<T>created(URI.create(location))
        .entity(body)
        .tag(of(version))
        .build();
  }
}
