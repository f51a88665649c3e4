package vn.antq.registry.imports;

/** Loads one kind of row (communes, models, points, outcomes) inside the caller's transaction. */
public interface Importer {

  Columns columns();

  /** Reads every row, reports each bad one, and writes the good ones unless the report says not to. */
  void run(RowSource rows, ImportReport report);

  /** Writes happen unless this is a dry run, or an atomic import already has a bad row (it will be rolled back). */
  static boolean writes(ImportReport report) {
    return !report.dryRun && !report.failedAtomically();
  }
}
