package vn.antq.registry.outcome;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemType;

/** The locks of values about to be written, from every feature that locks values. */
@ApplicationScoped
public class Locks {

  /** A 409 lists at most this many locked values; its detail says how many there were. */
  private static final int MAX_LISTED = 50;

  @Inject @All List<ValueLocks> sources;

  /** For each value, in order, the lock that holds it or null. */
  public List<ValueLock> find(List<ResolvedValue> values) {
    ValueLock[] found = new ValueLock[values.size()];
    for (ValueLocks source : sources) {
      List<ValueLock> locks = source.find(values);
      for (int i = 0; i < found.length; i++) {
        if (found[i] == null) {
          found[i] = locks.get(i);
        }
      }
    }
    return Arrays.asList(found);
  }

  /**
   * Refuses the whole write with 409 when any value is locked; {@code indexes} are the values'
   * places in the caller's batch.
   */
  void requireUnlocked(List<ResolvedValue> values, List<Integer> indexes) {
    List<ValueLock> locks = find(values);
    List<LockedValues.LockedValue> locked = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    int count = 0;
    ValueLock first = null;
    for (int i = 0; i < values.size(); i++) {
      ValueLock lock = locks.get(i);
      if (lock == null) {
        continue;
      }
      count++;
      first = first == null ? lock : first;
      if (locked.size() < MAX_LISTED) {
        ResolvedValue v = values.get(i);
        int index = indexes.get(i);
        locked.add(
            new LockedValues.LockedValue(
                index,
                v.indicatorCode(),
                v.period().id(),
                lock.obligationCode(),
                lock.period(),
                lock.unitType(),
                lock.unit(),
                lock.approvedBy(),
                lock.approvedAt(),
                lock.reopenBy(),
                lock.message()));
        errors.add(new FieldError("values[" + index + "]", lock.message()));
      }
    }
    if (count == 0) {
      return;
    }
    String detail =
        count == 1
            ? first.message()
            : count + " giá trị đã khóa, không giá trị nào được ghi. " + first.message();
    throw ProblemException.carrying(
        ProblemType.REPORT_LOCKED, detail, new LockedValues(locked, errors));
  }
}
