package vn.antq.registry.imports;

import java.util.List;

import vn.antq.registry.common.Bilingual;
import vn.antq.registry.common.Localised;

/**
 * The 422 of a file refused in atomic mode: a problem document that also carries the counters
 * and rows of an ImportResult (schema ImportRejection in META-INF/openapi.yaml).
 */
public record ImportRejection(String type, String title, int status, String code, String detail, String instance, boolean dryRun,
    String mode, long rows, long created, long updated, long unchanged, long rejected, List<ImportConflict> conflicts,
    long conflictsOmitted, long durationMs) implements Localised {

  static ImportRejection of(ImportResult result, String instance) {
    return new ImportRejection("urn:antq:problem:import-rejected",
        "Tệp bị từ chối, không dòng nào được ghi (import rejected, nothing written)", 422, "import-rejected",
        result.rejected() + " dòng lỗi; chế độ atomic nên không ghi dòng nào. Sửa các dòng dưới đây, hoặc dùng mode=partial "
            + "(" + result.rejected() + " invalid rows; nothing written)",
        instance, false, result.mode(), result.rows(), 0, 0, 0, result.rejected(), result.conflicts(), result.conflictsOmitted(),
        result.durationMs());
  }

  @Override
  public ImportRejection in(Bilingual.Language language) {
    return new ImportRejection(type, Bilingual.parse(title).in(language), status, code, Bilingual.parse(detail).in(language), instance,
        dryRun, mode, rows, created, updated, unchanged, rejected, ImportConflict.in(conflicts, language), conflictsOmitted, durationMs);
  }
}
