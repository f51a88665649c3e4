package vn.antq.registry.outcome;

import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemType;

/**
 * A batch with at least one invalid value: nothing was written; the answer (422) lists every
 * conflict.
 */
public class OutcomeBatchRejectedException extends ProblemException {

  public final OutcomeBatchResult result;

  public OutcomeBatchRejectedException(OutcomeBatchResult result) {
    super(
        ProblemType.BATCH_REJECTED,
        ProblemType.BATCH_REJECTED.status,
        ProblemType.BATCH_REJECTED.code,
        result.rejected()
            + " giá trị không hợp lệ; không giá trị nào được ghi ("
            + result.rejected()
            + " invalid values; nothing written)",
        null,
        OutcomeBatchRejection.of(result));
    this.result = result;
  }
}
