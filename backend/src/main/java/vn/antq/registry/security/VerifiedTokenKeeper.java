package vn.antq.registry.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps each bearer token quarkus-oidc has just accepted, with its identity, in {@link
 * VerifiedTokens}. Runs after every other augmentor, so the identity kept is the final one.
 */
@ApplicationScoped
public class VerifiedTokenKeeper implements SecurityIdentityAugmentor {

  @Inject VerifiedTokens tokens;

  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
    if (identity.isAnonymous()
        || credential == null
        || !(identity.getPrincipal() instanceof JsonWebToken jwt)
        || tokens.find(credential.getToken()) != null) {
      return Uni.createFrom().item(identity);
    }
    tokens.keep(credential.getToken(), withoutRequest(identity, jwt), jwt.getExpirationTime());
    return Uni.createFrom().item(identity);
  }

  /**
   * The identity without the routing context of the request that brought it (nothing of a request
   * may outlive it). Permissions are the token's scopes, as quarkus-oidc makes them; the API itself
   * authorizes by roles.
   */
  private static SecurityIdentity withoutRequest(SecurityIdentity identity, JsonWebToken jwt) {
    QuarkusSecurityIdentity.Builder copy =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(identity.getPrincipal())
            .addRoles(identity.getRoles())
            .addCredentials(identity.getCredentials())
            .setAnonymous(false);
    Object scope = jwt.getClaim("scope");
    if (scope != null) {
      for (String name : scope.toString().replace("\"", "").split(" ")) {
        if (!name.isBlank()) {
          copy.addPermissionAsString(name);
        }
      }
    }
    for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
      if (!RoutingContext.class.getName().equals(attribute.getKey())) {
        copy.addAttribute(attribute.getKey(), attribute.getValue());
      }
    }
    return copy.build();
  }
}
