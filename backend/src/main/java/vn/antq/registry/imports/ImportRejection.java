package vn.antq.registry.imports;

import java.util.List;
import vn.antq.registry.common.Bilingual;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.ProblemExtension;
import vn.antq.registry.common.ProblemType;

/**
 * What the 422 of a file refused in atomic mode carries beyond the problem's members: the counters
 * and rows of an ImportResult (schema ImportRejection in META-INF/openapi.yaml).
 */
public record ImportRejection(
    boolean dryRun,
    String mode,
    long rows,
    long created,
    long updated,
    long unchanged,
    long rejected,
    List<ImportConflict> conflicts,
    long conflictsOmitted,
    long durationMs)
    implements ProblemExtension {

  static ProblemException of(ImportResult result) {
    return ProblemException.carrying(
        ProblemType.FILE_REJECTED,
        result.rejected()
            + " dòng lỗi; chế độ atomic nên không ghi dòng nào. Sửa các dòng dưới đây, hoặc dùng mode=partial "
            + "("
            + result.rejected()
            + " invalid rows; nothing written)",
        new ImportRejection(
            false,
            result.mode(),
            result.rows(),
            0,
            0,
            0,
            result.rejected(),
            result.conflicts(),
            result.conflictsOmitted(),
            result.durationMs()));
  }

  @Override
  public ImportRejection in(Bilingual.Language language) {
    return new ImportRejection(
        dryRun,
        mode,
        rows,
        created,
        updated,
        unchanged,
        rejected,
        ImportConflict.in(conflicts, language),
        conflictsOmitted,
        durationMs);
  }
}
