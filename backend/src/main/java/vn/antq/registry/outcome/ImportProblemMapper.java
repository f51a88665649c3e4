package vn.antq.registry.outcome;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.ProblemMappers;

public class ImportProblemMapper {

  @ServerExceptionMapper
  public Response rejected(ImportRejectedException e, UriInfo uri) {
    ImportSummary s = e.summary;
    var errors = s.conflicts().stream()
        .map(c -> new FieldError("values[" + c.index() + "]" + ("values".equals(c.field()) ? "" : "." + c.field()), c.message()))
        .toList();
    ImportProblem body = new ImportProblem("urn:antq:problem:import-rejected",
        "Lô dữ liệu bị từ chối, không giá trị nào được ghi (batch rejected, nothing written)", 422, "import-rejected",
        s.rejected() + " giá trị không hợp lệ; không giá trị nào được ghi (" + s.rejected() + " invalid values; nothing written)",
        "/" + uri.getPath().replaceFirst("^/", ""), s.created(), s.updated(), s.unchanged(), s.rejected(), s.conflicts(), errors);
    return Response.status(422).type(ProblemMappers.PROBLEM_JSON).entity(body).build();
  }
}
