package vn.antq.registry.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Bearer tokens whose signature, issuer, audience and expiry quarkus-oidc has already checked, with
 * the identity it made of them. Checking a Keycloak token takes most of the CPU of a small read (an
 * RSA signature and three JSON parses, per request), while a dashboard sends the same token for
 * minutes. A token is kept under the SHA-256 of its exact text, so only the very same string finds
 * it, and only until its own expiry or {@link #MAX_AGE} after its check, whichever is first: a key
 * withdrawn from Keycloak stops its tokens within that time (local verification never saw
 * revocations before either).
 */
@ApplicationScoped
public class VerifiedTokens {

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** About 10 MB at most; a full table starts again rather than tracking use. */
  static final int MAX_TOKENS = 10_000;

  record Verified(SecurityIdentity identity, long validUntilMillis) {}

  private final ConcurrentHashMap<String, Verified> tokens = new ConcurrentHashMap<>();
  private final LongSupplier clock;

  VerifiedTokens() {
    this(System::currentTimeMillis);
  }

  VerifiedTokens(LongSupplier clock) {
    this.clock = clock;
  }

  /** The identity checked for this token, or null when none is kept or it has expired. */
  public SecurityIdentity find(String token) {
    String key = key(token);
    Verified verified = tokens.get(key);
    if (verified == null) {
      return null;
    }
    if (clock.getAsLong() >= verified.validUntilMillis()) {
      tokens.remove(key, verified);
      return null;
    }
    return verified.identity();
  }

  /** Keeps a checked token's identity until {@code expiresAtSeconds} (the token's exp claim). */
  public void keep(String token, SecurityIdentity identity, long expiresAtSeconds) {
    long now = clock.getAsLong();
    long until = Math.min(expiresAtSeconds * 1000, now + MAX_AGE.toMillis());
    if (until <= now) {
      return;
    }
    if (tokens.size() >= MAX_TOKENS) {
      tokens.clear();
    }
    tokens.put(key(token), new Verified(identity, until));
  }

  int size() {
    return tokens.size();
  }

  private static String key(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
