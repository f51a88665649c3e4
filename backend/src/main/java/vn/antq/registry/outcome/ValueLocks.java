package vn.antq.registry.outcome;

import java.util.List;

/**
 * Approved reports make their values final. Every write path asks before it writes or deletes a
 * value; the reporting feature answers, so outcome does not depend on it.
 */
public interface ValueLocks {

  /**
   * For each value, in order, the lock that holds it or null. Implementations read with a share
   * lock, so an approval waits for a writer in flight and a writer after it sees the approval.
   */
  List<ValueLock> find(List<ResolvedValue> values);
}
