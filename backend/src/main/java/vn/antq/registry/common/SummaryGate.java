package vn.antq.registry.common;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The summary endpoints each hold a database connection for a whole aggregate query. Only {@code
 * antq.overload.summaries.max-concurrent} run at once; a request that gets no turn within {@code
 * max-wait} is answered 503 with Retry-After at once, instead of queueing for the pool and taking
 * the cheap requests' connections with it.
 */
@Singleton
public class SummaryGate {

  static final Pattern EXPENSIVE =
      Pattern.compile(
          "/api/v1/(summary(/provinces|/communes)?|(provinces|models)/[^/]+/summary|outcomes/summary|replication-points/quiet"
              + "|reporting-obligations/[^/]+/(completeness(/units)?|grid|reports))/?");

  private final Instance<OverloadConfig> config;
  private volatile Semaphore turns;
  private volatile long maxWaitMillis;

  /**
   * Filters are built before runtime configuration exists: the limits are read at the first
   * request.
   */
  SummaryGate(Instance<OverloadConfig> config) {
    this.config = config;
  }

  private Semaphore turns() {
    if (turns == null) {
      synchronized (this) {
        if (turns == null) {
          OverloadConfig limits = config.get();
          maxWaitMillis = limits.summaries().maxWait().toMillis();
          turns = new Semaphore(limits.summaries().maxConcurrent(), true);
        }
      }
    }
    return turns;
  }

  @ServerRequestFilter
  public void enter(ContainerRequestContext request, RoutingContext routing)
      throws InterruptedException {
    if (!EXPENSIVE.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    // Never block an event loop: there a request either gets a turn now or is refused.
    Semaphore turns = turns();
    boolean entered =
        io.vertx.core.Context.isOnEventLoopThread()
            ? turns.tryAcquire()
            : turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
    if (!entered) {
      throw new ProblemException(
          ProblemType.OVERLOADED,
          503,
          ProblemType.OVERLOADED.code,
          "Quá nhiều yêu cầu tổng hợp cùng lúc, hãy thử lại sau ít giây (too many summary requests at once; retry after a few seconds)",
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

  /** Turns free now; for tests and metrics. */
  public int available() {
    return turns().availablePermits();
  }

  /** Takes every turn (tests of overload); give them back with {@link #release}. */
  public int drain() {
    return turns().drainPermits();
  }

  public void release(int count) {
    turns().release(count);
  }
}
