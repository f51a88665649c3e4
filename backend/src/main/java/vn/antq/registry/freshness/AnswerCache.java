package vn.antq.registry.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Summaries computed once per data generation: a summary reads a dozen maintained aggregates and
 * reference lists, and at national load the same few answers are asked thousands of times between
 * two writes. An answer is kept with the generation read before it was computed and is given out
 * only while that generation is still current, so it is never older than the last committed write
 * (read-your-writes holds: the writer's commit moves the generation before its answer is sent).
 *
 * <p>Only answers computed outside a transaction are kept: inside one they may hold its own
 * uncommitted writes, which no other request may see.
 *
 * <p>Answers must be immutable (records of lists and values), as they are shared between requests.
 * Failures (404, 400) are not kept; requests that waited for a failed computation compute on their
 * own. The number of answers is bounded; a new generation drops them.
 */
@ApplicationScoped
public class AnswerCache {

  /** Enough for every summary the dashboard shows for several periods; a few MB at most. */
  static final int MAX_ANSWERS = 1024;

  /**
   * An answer of one generation, complete or still being computed: requests that miss the same
   * answer together wait for one computation (after a write, 32 connections asking the same summary
   * computed it 32 times over, and p99 rose to 225 ms).
   */
  private record Answer(long generation, CompletableFuture<Object> value) {}

  private final ConcurrentHashMap<List<Object>, Answer> answers = new ConcurrentHashMap<>();
  private volatile long keptGeneration;

  @Inject DataGeneration generation;
  @Inject TransactionManager transactions;

  /**
   * The answer for {@code key} (a kind first, then every input the answer depends on, the as-of
   * date included), computed by {@code compute} unless a current one is kept.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(List<Object> key, Supplier<T> compute) {
    if (inTransaction()) {
      return compute.get();
    }
    long now = generation.current();
    if (now != keptGeneration) {
      // Answers of an older generation are never given out again: free them at once.
      answers.clear();
      keptGeneration = now;
    }
    if (answers.size() >= MAX_ANSWERS) {
      answers.clear();
    }
    Answer mine = new Answer(now, new CompletableFuture<>());
    Answer kept =
        answers.compute(key, (k, old) -> old != null && old.generation() >= now ? old : mine);
    if (kept != mine) {
      try {
        return (T) kept.value().join();
      } catch (CompletionException | CancellationException e) {
        // The computation this request waited for failed: its failure is its own, not kept.
        return compute.get();
      }
    }
    try {
      T value = compute.get();
      mine.value().complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      answers.remove(key, mine);
      mine.value().completeExceptionally(e);
      throw e;
    }
  }

  private boolean inTransaction() {
    try {
      return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    } catch (SystemException e) {
      return true;
    }
  }

  /** Answers held now (tests check the bound). */
  int size() {
    return answers.size();
  }
}
