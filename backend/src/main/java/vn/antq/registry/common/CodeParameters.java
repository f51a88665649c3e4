package vn.antq.registry.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Codes in paths and queries are checked once, here, before any lookup: the database compares "12 "
 * equal to "12", so an unchecked code with white space or foreign characters would alias another
 * unit's code. A malformed code in a path names nothing (404); in a query it is a bad parameter
 * (400 naming it). A path with matrix parameters ({@code /points/12;x=1}) names nothing either:
 * JAX-RS would strip them and act on record 12.
 */
public class CodeParameters {

  @ServerRequestFilter
  public void check(ContainerRequestContext request, HttpServerRequest http) {
    // The request as sent: JAX-RS's own view of the path has already dropped matrix parameters.
    if (http.path().indexOf(';') >= 0) {
      throw new ProblemException(
          ProblemType.NOT_FOUND,
          "Đường dẫn có dấu ';' không chỉ tới bản ghi nào (a path with ';' names nothing: matrix parameters are not accepted)",
          null);
    }
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
