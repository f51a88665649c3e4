package vn.antq.registry.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Resolves the actor of the current request from its token, or the system for startup work. */
@ApplicationScoped
public class CurrentActor {

  private static final ThreadLocal<Actor> DELEGATE = new ThreadLocal<>();

  @Inject SecurityIdentity identity;
  @Inject RequestActor ofRequest;

  /**
   * Runs work (demo data, migrations of data) as the system: allowed everything, audited as
   * "system".
   */
  public static <T> T asSystem(Supplier<T> work) {
    return as(Actor.SYSTEM, work);
  }

  /**
   * Runs work on behalf of an actor outside its request (a background import keeps its submitter's
   * rights).
   */
  public static <T> T as(Actor actor, Supplier<T> work) {
    Actor previous = DELEGATE.get();
    DELEGATE.set(actor);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        DELEGATE.remove();
      } else {
        DELEGATE.set(previous);
      }
    }
  }

  public Actor get() {
    if (DELEGATE.get() != null) {
      return DELEGATE.get();
    }
    if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
      throw new UnauthorizedException();
    }
    return ofRequest.get(this::fromIdentity);
  }

  private Actor fromIdentity() {
    String username = identity.getPrincipal().getName();
    String subject = null;
    String clientId = null;
    String unit = null;
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      subject = jwt.getSubject();
      clientId = claim(jwt, "azp");
      Object value = jwt.getClaim("unit");
      unit = value == null ? null : String.valueOf(value).replace("\"", "").strip();
      String preferred = claim(jwt, "preferred_username");
      if (preferred != null) {
        username = preferred;
      }
    } else {
      Object value = identity.getAttribute("unit");
      unit = value == null ? null : value.toString();
    }
    return new Actor(
        subject,
        username,
        clientId,
        Set.copyOf(identity.getRoles()),
        unit == null || unit.isEmpty() ? null : unit,
        false);
  }

  private static String claim(JsonWebToken jwt, String name) {
    Object value = jwt.getClaim(name);
    return value == null ? null : String.valueOf(value).replace("\"", "");
  }
}
