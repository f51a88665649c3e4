package vn.antq.registry.db;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * While Keycloak starts (a minute at its first start) the OIDC adapter would log a long stack trace
 * that reads like a failure. The API waits for the realm's discovery document instead, saying so in
 * one line, and starts anyway after OIDC_WAIT_SECONDS.
 */
final class KeycloakWait {

  private KeycloakWait() {}

  static void await(String realmUrl, int seconds) {
    if (realmUrl == null || realmUrl.isBlank() || seconds <= 0) {
      return;
    }
    URI discovery =
        URI.create(realmUrl.replaceFirst("/+$", "") + "/.well-known/openid-configuration");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(seconds).toNanos();
    boolean said = false;
    while (true) {
      if (answers(http, discovery)) {
        if (said) {
          System.out.printf(
              "Keycloak sẵn sàng sau %d s (Keycloak is up)%n",
              Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        return;
      }
      if (System.nanoTime() > deadline) {
        System.out.printf(
            "Keycloak chưa trả lời sau %d s; API vẫn khởi động và sẽ thử lại ở yêu cầu đầu tiên (Keycloak not up yet)%n",
            seconds);
        return;
      }
      if (!said) {
        System.out.println(
            "API đang chờ Keycloak tại "
                + realmUrl
                + " (waiting for Keycloak; at most "
                + seconds
                + " s)");
        said = true;
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static boolean answers(HttpClient http, URI discovery) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
