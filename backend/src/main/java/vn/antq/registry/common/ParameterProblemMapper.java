package vn.antq.registry.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a parameter that failed conversion with the problem it carries, written by {@link
 * ProblemMappers}.
 */
public class ParameterProblemMapper {

  @Inject ProblemMappers problems;

  @ServerExceptionMapper
  public Response parameter(ParameterProblem e, UriInfo uri) {
    return problems.problem(e.problem, uri);
  }
}
