package vn.antq.registry.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache's own rules, without a server: what is kept, for how long, and what never is. */
class AnswerCacheTest {

  private final AnswerCache cache = new AnswerCache();
  private final DataGeneration generation = new DataGeneration();
  private final TransactionStatus transaction = new TransactionStatus();
  private final AtomicInteger computed = new AtomicInteger();

  @BeforeEach
  void wire() {
    cache.generation = generation;
    cache.transactions = transaction;
  }

  private Object compute() {
    computed.incrementAndGet();
    return new Object();
  }

  @Test
  void givesTheKeptAnswerWhileTheGenerationStands() {
    Object first = cache.get(List.of("national", "2024"), this::compute);
    Object second = cache.get(List.of("national", "2024"), this::compute);
    assertSame(first, second);
    assertEquals(1, computed.get());
  }

  @Test
  void computesAgainOnceAnyTransactionHasEnded() {
    Object before = cache.get(List.of("national", "2024"), this::compute);
    generation.transactionEnded(new Object());
    Object after = cache.get(List.of("national", "2024"), this::compute);
    assertNotSame(before, after);
    assertEquals(2, computed.get());
  }

  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  /** Asks for key on another thread with a computation that holds until {@link #release}. */
  private Future<Object> heldComputation(List<Object> key, Supplier<Object> result)
      throws InterruptedException {
    CountDownLatch computing = new CountDownLatch(1);
    Future<Object> held =
        pool.submit(
            () ->
                cache.get(
                    key,
                    () -> {
                      computing.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                      }
                      return result.get();
                    }));
    computing.await();
    return held;
  }

  @Test
  void requestsMissingTogetherWaitForOneComputation() throws Exception {
    Future<Object> first = heldComputation(List.of("national", "2024"), this::compute);
    Future<Object> second =
        pool.submit(() -> cache.get(List.of("national", "2024"), this::compute));
    Thread.sleep(100);
    assertTrue(!second.isDone(), "the second request waits for the first one's computation");
    release.countDown();
    assertSame(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
    assertEquals(1, computed.get());
  }

  @Test
  void aRequestThatWaitedForAFailureComputesOnItsOwn() throws Exception {
    Future<Object> failing =
        heldComputation(
            List.of("province", "99"),
            () -> {
              throw new IllegalStateException("not found");
            });
    Future<Object> waiting = pool.submit(() -> cache.get(List.of("province", "99"), this::compute));
    Thread.sleep(100);
    release.countDown();
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> failing.get(5, TimeUnit.SECONDS));
    assertEquals("not found", failure.getCause().getMessage());
    assertNotNull(waiting.get(5, TimeUnit.SECONDS));
    assertEquals(1, computed.get());
  }

  @Test
  void neverKeepsWhatATransactionComputed() {
    transaction.status = Status.STATUS_ACTIVE;
    Object inside = cache.get(List.of("national", "2024"), this::compute);
    transaction.status = Status.STATUS_NO_TRANSACTION;
    Object outside = cache.get(List.of("national", "2024"), this::compute);
    assertNotSame(inside, outside);
    assertSame(outside, cache.get(List.of("national", "2024"), this::compute));
    assertEquals(2, computed.get());
  }

  @Test
  void keepsAnswersApartByEveryPartOfTheirKey() {
    Object national = cache.get(Arrays.asList("national", null, "2026-12-02"), this::compute);
    Object tomorrow = cache.get(Arrays.asList("national", null, "2026-12-03"), this::compute);
    Object province = cache.get(Arrays.asList("province", null, "2026-12-02"), this::compute);
    assertNotSame(national, tomorrow);
    assertNotSame(national, province);
    assertEquals(3, computed.get());
  }

  @Test
  void neverKeepsAFailure() {
    assertThrows(
        IllegalStateException.class,
        () ->
            cache.get(
                List.of("province", "99"),
                () -> {
                  throw new IllegalStateException("no such province");
                }));
    Object answer = cache.get(List.of("province", "99"), this::compute);
    assertSame(answer, cache.get(List.of("province", "99"), this::compute));
    assertEquals(1, computed.get());
  }

  @Test
  void holdsABoundedNumberOfAnswers() {
    for (int i = 0; i < AnswerCache.MAX_ANSWERS * 3; i++) {
      cache.get(List.of("model", i), this::compute);
      assertTrue(cache.size() <= AnswerCache.MAX_ANSWERS, "answers kept: " + cache.size());
    }
    assertEquals(AnswerCache.MAX_ANSWERS * 3, computed.get());
  }

  @Test
  void dropsTheAnswersOfAnOlderGeneration() {
    cache.get(List.of("national"), this::compute);
    cache.get(List.of("provinces"), this::compute);
    generation.advance();
    cache.get(List.of("national"), this::compute);
    assertEquals(1, cache.size());
  }
}
