package vn.antq.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Codes in paths and queries are checked once, here, before any lookup: the database compares "12 "
 * equal to "12", so an unchecked code with white space or foreign characters would alias another
 * unit's code. A malformed code in a path names nothing (404); in a query it is a bad parameter
 * (400 naming it).
 */
public class CodeParameters {

  @ServerRequestFilter
  public void check(ContainerRequestContext request) {
    String code = request.getUriInfo().getPathParameters().getFirst("code");
    if (code != null && !Inputs.isCode(code)) {
      throw ProblemException.notFound("mã", code);
    }
    for (Map.Entry<String, List<String>> param :
        request.getUriInfo().getQueryParameters().entrySet()) {
      if (!param.getKey().endsWith("Code")) {
        continue;
      }
      for (String value : param.getValue()) {
        if (!value.isEmpty() && !Inputs.isCode(value)) {
          throw ProblemException.badRequest(
              param.getKey(),
              "'"
                  + Inputs.clip(value)
                  + "' không phải mã hợp lệ: chữ, số, '-', '_', không có khoảng trắng (not a valid code: letters, digits, '-', '_', no spaces)");
        }
      }
    }
  }
}
