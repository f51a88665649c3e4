package vn.antq.registry.imports;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.antq.registry.common.ProblemException;
import vn.antq.registry.outcome.OutcomeImporter;

/**
 * Runs an import in one transaction: a dry run, or an atomic import with a bad row, is rolled
 * back whole, so a file is never half in the database.
 */
@ApplicationScoped
public class ImportService {

  @Inject
  OutcomeImporter outcomes;
  @Inject
  ObjectMapper json;
  @Inject
  TransactionManager transactions;

  @Transactional
  public ImportResult run(String kind, String contentType, InputStream body, boolean dryRun, ImportMode mode) throws Exception {
    Importer importer = importer(kind);
    ImportReport report = new ImportReport(dryRun, mode);
    try (RowSource rows = RowSources.open(contentType, body, importer.columns(), json)) {
      importer.run(rows, report);
    }
    if (report.rows == 0) {
      throw new ImportFormatException("Tệp không có dòng dữ liệu nào (chỉ có tiêu đề) (no data rows)");
    }
    if (dryRun || report.failedAtomically()) {
      transactions.setRollbackOnly();
    }
    return report.result();
  }

  private Importer importer(String kind) {
    return switch (kind) {
      case "outcomes" -> outcomes;
      default -> throw ProblemException.notFound("loại dữ liệu nhập", kind + " (dùng: outcomes)");
    };
  }
}
