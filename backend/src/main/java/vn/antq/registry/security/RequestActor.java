package vn.antq.registry.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * The actor of the current request, read from its token once: a list asks for it once per row
 * (whether leaders' contacts show), and reading the token's claims each time cost a sixth of a
 * 50-point page.
 */
@RequestScoped
class RequestActor {

  private Actor actor;

  Actor get(Supplier<Actor> resolve) {
    if (actor == null) {
      actor = resolve.get();
    }
    return actor;
  }
}
