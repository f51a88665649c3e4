package vn.antq.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the table of checked tokens gives back, and for how long. */
class VerifiedTokensTest {

  private static final long NOW = 1_800_000_000_000L;

  private final AtomicLong millis = new AtomicLong(NOW);
  private final VerifiedTokens tokens = new VerifiedTokens(millis::get);
  private final SecurityIdentity identity =
      QuarkusSecurityIdentity.builder()
          .setPrincipal(() -> "central.admin")
          .addRole("central-admin")
          .build();

  @Test
  void givesBackTheIdentityOfTheVerySameTokenOnly() {
    tokens.keep("header.payload.signature", identity, NOW / 1000 + 60);
    assertSame(identity, tokens.find("header.payload.signature"));
    assertNull(tokens.find("header.payload.signaturf"), "one character differs");
    assertNull(tokens.find("header.payload.signature "), "a longer string");
  }

  @Test
  void forgetsATokenAtItsExpiry() {
    tokens.keep("t", identity, NOW / 1000 + 60);
    millis.set(NOW + 59_999);
    assertSame(identity, tokens.find("t"));
    millis.set(NOW + 60_000);
    assertNull(tokens.find("t"));
    assertEquals(0, tokens.size(), "an expired token is dropped");
  }

  @Test
  void forgetsALongLivedTokenAfterTheMaximumAge() {
    tokens.keep("t", identity, NOW / 1000 + 86_400);
    millis.set(NOW + VerifiedTokens.MAX_AGE.toMillis() - 1);
    assertSame(identity, tokens.find("t"));
    millis.set(NOW + VerifiedTokens.MAX_AGE.toMillis());
    assertNull(tokens.find("t"), "checked again after " + VerifiedTokens.MAX_AGE);
  }

  @Test
  void neverKeepsAnExpiredToken() {
    tokens.keep("t", identity, NOW / 1000 - 1);
    assertNull(tokens.find("t"));
    assertEquals(0, tokens.size());
  }

  @Test
  void holdsABoundedNumberOfTokens() {
    for (int i = 0; i < VerifiedTokens.MAX_TOKENS * 2; i++) {
      tokens.keep("token-" + i, identity, NOW / 1000 + 60);
      assertTrue(tokens.size() <= VerifiedTokens.MAX_TOKENS, "tokens kept: " + tokens.size());
    }
  }
}
