package vn.antq.registry.imports;

/**
 * Loads one kind of row (communes, models, points, outcomes) inside the caller's transaction. Each
 * feature's importer is a bean that names its kind, so {@link ImportService} finds it without
 * knowing the features. Its {@code @Priority} is the order a registry is loaded in (communes
 * first): the unknown-kind problem lists the kinds in that order.
 */
public interface Importer {

  /** The path segment of {@code POST /api/v1/imports/{kind}} this importer answers. */
  String kind();

  Columns columns();

  /**
   * Reads every row, reports each bad one, and writes the good ones unless the report says not to.
   */
  void run(RowSource rows, ImportReport report);

  /**
   * Writes happen unless this is a dry run, or an atomic import already has a bad row (it will be
   * rolled back).
   */
  static boolean writes(ImportReport report) {
    return !report.dryRun && !report.failedAtomically();
  }
}
