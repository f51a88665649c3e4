package vn.antq.registry.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.antq.registry.common.ExpensiveRequestGate.Kind.SEARCH;
import static vn.antq.registry.common.ExpensiveRequestGate.Kind.SUMMARY;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.antq.registry.support.SignedIn;
import vn.antq.registry.support.Tokens;

/**
 * Overload answers 503 problem+json with Retry-After, never 500: pool exhausted, summary turns all
 * taken.
 */
@QuarkusTest
class OverloadTest extends SignedIn {

  @Inject AgroalDataSource dataSource;

  @Inject ExpensiveRequestGate gate;

  /**
   * Fires the requests all at once; counts answers by status, checking every refusal on the way.
   */
  private static Map<Integer, Integer> parallel(int count, List<String> paths) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String path = paths.get(i % paths.size());
        answers.add(pool.submit(() -> given().get(path)));
      }
      Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
      for (Future<Response> future : answers) {
        Response answer = future.get();
        statuses.merge(answer.statusCode(), 1, Integer::sum);
        if (answer.statusCode() == 503) {
          assertThat(answer.contentType()).startsWith("application/problem+json");
          assertThat(answer.header("Retry-After")).isEqualTo("5");
          assertThat(answer.jsonPath().getString("code")).isEqualTo("overloaded");
        }
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anExhaustedPoolIsA503WithRetryAfter() throws Exception {
    List<Connection> held = new ArrayList<>();
    Map<Integer, Integer> statuses;
    try {
      // Take every connection of the pool, as 16 slow requests would.
      for (int i = 0;
          i < dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
          i++) {
        held.add(dataSource.getConnection());
      }
      statuses =
          parallel(
              40,
              List.of(
                  "/api/v1/summary",
                  "/api/v1/summary/provinces",
                  "/api/v1/provinces/12",
                  "/api/v1/models?size=5"));
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
    assertThat(statuses).containsOnlyKeys(503);
    given().get("/api/v1/summary").then().statusCode(200);
  }

  /** What requests fired while a kind's turns were all taken got, and how long they took. */
  private record Refused(Map<Integer, Integer> statuses, long millis) {}

  /**
   * Takes every turn of {@code kind}, fires the requests together, runs {@code meanwhile}, then
   * gives the turns back.
   */
  private Refused withTurnsTaken(
      ExpensiveRequestGate.Kind kind, int count, List<String> paths, Runnable meanwhile)
      throws Exception {
    int taken = gate.drain(kind);
    long started = System.nanoTime();
    try {
      Map<Integer, Integer> statuses = parallel(count, paths);
      meanwhile.run();
      return new Refused(statuses, (System.nanoTime() - started) / 1_000_000);
    } finally {
      gate.release(kind, taken);
    }
  }

  @Test
  void summariesBeyondTheirTurnsAreRefusedEarly() throws Exception {
    Refused fired =
        withTurnsTaken(
            SUMMARY,
            40,
            List.of(
                "/api/v1/summary",
                "/api/v1/provinces/12/summary",
                "/api/v1/summary/communes?provinceCode=12",
                "/api/v1/reporting-obligations/POINT_MONTHLY/completeness?period=202406",
                "/api/v1/reporting-obligations/POINT_MONTHLY/grid"),
            () -> {});
    assertThat(fired.statuses()).containsOnlyKeys(503);
    // Refused after the gate's wait (2 s), not after the pool's (5 s) or a query's.
    assertThat(fired.millis()).isLessThan(5_000);
    // Cheap requests are not gated.
    given().get("/api/v1/provinces/12").then().statusCode(200);
  }

  @Test
  void searchesBeyondTheirTurnsAreRefusedEarlyAndLeaveSummariesAlone() throws Exception {
    Refused fired =
        withTurnsTaken(
            SEARCH,
            24,
            List.of(
                "/api/v1/replication-points?q=an%20ninh",
                "/api/v1/models?q=tu%20quan&size=5", "/api/v1/communes?q=xa&provinceCode=12"),
            () -> {
              // The summaries' turns are their own; the lists without a search are not gated.
              given().get("/api/v1/summary").then().statusCode(200);
              given().get("/api/v1/models?size=5").then().statusCode(200);
            });
    assertThat(fired.statuses()).containsOnlyKeys(503);
    // Refused after the searches' wait (1 s), not after the pool's (5 s).
    assertThat(fired.millis()).isLessThan(4_000);
    given().get("/api/v1/models?q=tu%20quan&size=5").then().statusCode(200);
    assertThat(gate.available(SEARCH)).isEqualTo(4);
  }

  /**
   * Clients that give up while their summary waits for a turn (a load generator stopping, a user
   * closing the tab): the turn they get afterwards must come back, or summaries stay refused.
   */
  @Test
  void turnsComeBackWhenClientsLeaveWhileWaiting() throws Exception {
    int taken = gate.drain(SUMMARY);
    List<java.net.Socket> clients = new ArrayList<>();
    try {
      java.net.URI base = java.net.URI.create(io.restassured.RestAssured.baseURI);
      int port = io.restassured.RestAssured.port;
      for (int i = 0; i < 12; i++) {
        java.net.Socket socket = new java.net.Socket(base.getHost(), port);
        socket
            .getOutputStream()
            .write(
                ("GET /api/v1/summary HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + Tokens.centralAdmin()
                        + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        clients.add(socket);
      }
      Thread.sleep(500); // every request is now waiting for a turn
    } finally {
      for (java.net.Socket socket : clients) {
        socket.close();
      }
      gate.release(SUMMARY, taken); // the waiting requests get turns, their clients gone
    }
    long deadline = System.currentTimeMillis() + 10_000;
    while (gate.available(SUMMARY) < 8 && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    assertThat(gate.available(SUMMARY)).isEqualTo(8);
    given().get("/api/v1/summary").then().statusCode(200);
  }

  @Test
  void fortyConcurrentReadersGetOnly200Or503() throws Exception {
    Map<Integer, Integer> statuses =
        parallel(
            40,
            List.of("/api/v1/summary", "/api/v1/summary/provinces", "/api/v1/summary?period=2024"));
    assertThat(statuses.keySet()).isSubsetOf(200, 503);
    assertThat(statuses.getOrDefault(200, 0)).isPositive();
    assertThat(gate.available(SUMMARY)).isEqualTo(8);
  }
}
