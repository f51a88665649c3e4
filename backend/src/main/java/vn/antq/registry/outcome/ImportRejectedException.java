package vn.antq.registry.outcome;

/** A batch with at least one invalid value: nothing was written; the summary lists every conflict. */
public class ImportRejectedException extends RuntimeException {

  public final ImportSummary summary;

  public ImportRejectedException(ImportSummary summary) {
    super(summary.rejected() + " giá trị bị từ chối", null, false, false);
    this.summary = summary;
  }
}
