package vn.antq.registry.imports;

/** Import reports for tests that drive an importer's parts without an import job. */
public final class Reports {

  private Reports() {}

  /** The report of an atomic import of this kind that writes. */
  public static ImportReport writing(String kind) {
    return new ImportReport(
        false, ImportMode.ATOMIC, rows -> {}, new ImportReport.Source(kind, null, null, null));
  }
}
