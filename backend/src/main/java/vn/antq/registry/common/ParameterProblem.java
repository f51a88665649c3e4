package vn.antq.registry.common;

import jakarta.ws.rs.BadRequestException;

/**
 * A {@link ProblemException} raised while converting a request parameter. JAX-RS turns any other
 * exception from a ParamConverter into a bare 404 (query) or 400, losing the problem; a
 * WebApplicationException is passed on as is, and {@link ParameterProblemMapper} answers it with
 * the problem it carries.
 */
public class ParameterProblem extends BadRequestException {

  public final transient ProblemException problem;

  public ParameterProblem(ProblemException problem) {
    super(problem.getMessage(), problem);
    this.problem = problem;
  }
}
