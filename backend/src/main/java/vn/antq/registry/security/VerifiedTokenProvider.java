package vn.antq.registry.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers a bearer token that quarkus-oidc checked a moment ago with the identity it made then; any
 * other token goes on to quarkus-oidc's own provider (this one answers nothing), and {@link
 * VerifiedTokenKeeper} keeps what that provider accepts.
 */
@ApplicationScoped
public class VerifiedTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

  /**
   * Before quarkus-oidc's provider, which keeps {@link IdentityProvider}'s default priority (1001):
   * providers are asked from the highest priority down.
   */
  private static final int BEFORE_OIDC = 2000;

  @Inject VerifiedTokens tokens;

  private final LongAdder answered = new LongAdder();

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    return BEFORE_OIDC;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    SecurityIdentity kept = tokens.find(request.getToken().getToken());
    if (kept == null) {
      return Uni.createFrom().nullItem();
    }
    answered.increment();
    // The kept identity belongs to no request: this request's routing context goes with it, as
    // quarkus-oidc's own identities carry theirs.
    Object routing = request.getAttribute(RoutingContext.class.getName());
    if (routing == null) {
      return Uni.createFrom().item(kept);
    }
    return Uni.createFrom()
        .item(
            QuarkusSecurityIdentity.builder(kept)
                .addAttribute(RoutingContext.class.getName(), routing)
                .build());
  }

  /** How many requests this provider has answered from kept tokens. */
  long answered() {
    return answered.sum();
  }
}
