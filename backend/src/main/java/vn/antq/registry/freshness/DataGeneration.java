package vn.antq.registry.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number that moves whenever the data may have changed: every write of the API runs in a JTA
 * transaction, and Quarkus's transaction manager fires this event when one ends (committed or
 * rolled back), inside {@code commit()}, so before the writer's answer leaves. An answer computed
 * after reading generation g is therefore current for as long as the generation is still g.
 *
 * <p>It counts this process's transactions only: the database must have one API process writing to
 * it (README, architecture). Writes made behind the API's back, such as a benchmark's bulk fill,
 * are followed by a call of {@link #advance()} (the recompute endpoints are transactions and do
 * it).
 */
@ApplicationScoped
public class DataGeneration {

  private final AtomicLong value = new AtomicLong();

  void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
    value.incrementAndGet();
  }

  public long current() {
    return value.get();
  }

  /** For changes made outside a JTA transaction of this process. */
  public void advance() {
    value.incrementAndGet();
  }
}
