package vn.antq.registry.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/**
 * Real signed access tokens shaped like Keycloak's (issuer, audience antq-api, realm_access.roles,
 * unit claim), signed with the key whose public half the mock OIDC server publishes.
 */
public final class Tokens {

  public static final String ISSUER = "https://server.example.com";
  public static final String AUDIENCE = "antq-api";
  private static final String KEY = "privateKey.jwk";

  private Tokens() {}

  public static String centralAdmin() {
    return of("central.admin", "central-admin", null);
  }

  public static String of(String username, String role, String unit) {
    return sign(builder(username, role, unit));
  }

  /** Signs claims as the mock server's key does, so only what a test changed in them can fail. */
  public static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId("1").sign(KEY);
  }

  public static JwtClaimsBuilder builder(String username, String role, String unit) {
    JwtClaimsBuilder claims =
        Jwt.issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("sub-" + username)
            .preferredUserName(username)
            .claim("azp", "antq-cli")
            .claim("realm_access", Map.of("roles", List.of(role)))
            .expiresIn(3600);
    if (unit != null) {
      claims.claim("unit", unit);
    }
    return claims;
  }
}
