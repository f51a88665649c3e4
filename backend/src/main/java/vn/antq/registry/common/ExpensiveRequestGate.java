package vn.antq.registry.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Summaries and text searches each hold a database connection for a whole scan. Only so many of
 * each kind run at once ({@code antq.overload.summaries.*}, {@code antq.overload.searches.*}); a
 * request that gets no turn within its kind's {@code max-wait} is answered 503 with Retry-After at
 * once, instead of queueing for the pool and taking the cheap requests' connections with it. Each
 * kind has its own turns, so a flood of searches does not refuse the department's summaries.
 */
@Singleton
public class ExpensiveRequestGate {

  /** What a request costs, as far as the gate cares. */
  public enum Kind {
    SUMMARY,
    SEARCH
  }

  static final Pattern SUMMARIES =
      Pattern.compile(
          "/api/v1/(summary(/provinces|/communes)?|(provinces|models)/[^/]+/summary|outcomes/summary|replication-points/quiet"
              + "|reporting-obligations/[^/]+/(completeness(/units)?|grid|reports))/?");

  private final Instance<OverloadConfig> config;
  private volatile Map<Kind, Lane> lanes;

  /** The turns of one kind. */
  private record Lane(Semaphore turns, long maxWaitMillis) {}

  /**
   * Filters are built before runtime configuration exists: the limits are read at the first
   * request.
   */
  ExpensiveRequestGate(Instance<OverloadConfig> config) {
    this.config = config;
  }

  /** The kind of a request; null: cheap, never gated. */
  static Kind kind(String path, String q) {
    if (SUMMARIES.matcher(path).matches()) {
      return Kind.SUMMARY;
    }
    // A folded search reads every row of its list: gated wherever it is asked.
    return q != null && !q.isBlank() ? Kind.SEARCH : null;
  }

  private Lane lane(Kind kind) {
    if (lanes == null) {
      synchronized (this) {
        if (lanes == null) {
          OverloadConfig limits = config.get();
          Map<Kind, Lane> built = new EnumMap<>(Kind.class);
          built.put(Kind.SUMMARY, lane(limits.summaries()));
          built.put(Kind.SEARCH, lane(limits.searches()));
          lanes = built;
        }
      }
    }
    return lanes.get(kind);
  }

  private static Lane lane(OverloadConfig.Turns limits) {
    return new Lane(new Semaphore(limits.maxConcurrent(), true), limits.maxWait().toMillis());
  }

  @ServerRequestFilter
  public void enter(ContainerRequestContext request, RoutingContext routing)
      throws InterruptedException {
    Kind kind =
        kind(
            request.getUriInfo().getPath(),
            request.getUriInfo().getQueryParameters().getFirst("q"));
    if (kind == null) {
      return;
    }
    // Never block an event loop: there a request either gets a turn now or is refused.
    Lane lane = lane(kind);
    Semaphore turns = lane.turns();
    boolean entered =
        io.vertx.core.Context.isOnEventLoopThread()
            ? turns.tryAcquire()
            : turns.tryAcquire(lane.maxWaitMillis(), TimeUnit.MILLISECONDS);
    if (!entered) {
      throw new ProblemException(
          ProblemType.OVERLOADED,
          503,
          ProblemType.OVERLOADED.code,
          kind == Kind.SUMMARY
              ? "Quá nhiều yêu cầu tổng hợp cùng lúc, hãy thử lại sau ít giây (too many summary requests at once; retry after a few seconds)"
              : "Quá nhiều yêu cầu tìm kiếm cùng lúc, hãy thử lại sau ít giây (too many searches at once; retry after a few seconds)",
          null);
    }
    // The end handler runs however the exchange ends (answer sent, error, client gone) — but not
    // for an exchange already over: a client that left while this request waited. Whichever of
    // the two comes first gives the turn back, once.
    AtomicBoolean held = new AtomicBoolean(true);
    Runnable giveBack =
        () -> {
          if (held.compareAndSet(true, false)) {
            turns.release();
          }
        };
    routing.addEndHandler(ended -> giveBack.run());
    if (routing.response().closed() || routing.response().ended()) {
      giveBack.run();
      throw new ProblemException(
          ProblemType.OVERLOADED,
          503,
          ProblemType.OVERLOADED.code,
          "Máy khách đã ngắt kết nối (the client has gone)",
          null);
    }
  }

  /** Turns of a kind free now; for tests and metrics. */
  public int available(Kind kind) {
    return lane(kind).turns().availablePermits();
  }

  /** Takes every turn of a kind (tests of overload); give them back with {@link #release}. */
  public int drain(Kind kind) {
    return lane(kind).turns().drainPermits();
  }

  public void release(Kind kind, int count) {
    lane(kind).turns().release(count);
  }
}
