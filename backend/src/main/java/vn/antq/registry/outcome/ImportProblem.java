package vn.antq.registry.outcome;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.antq.registry.common.Bilingual;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.Localised;

/** The 422 answer to a refused batch: a problem document that also carries the import summary. */
@Schema(name = "ImportProblem", description = "Lô bị từ chối (không ghi gì): tài liệu lỗi RFC 9457 kèm số liệu và danh sách xung đột")
public record ImportProblem(
    @Schema(example = "urn:antq:problem:import-rejected") String type,
    @Schema(example = "Lô dữ liệu bị từ chối, không giá trị nào được ghi (batch rejected)") String title,
    @Schema(example = "422") int status,
    @Schema(description = "Mã lỗi ổn định cho máy đọc", example = "import-rejected") String code,
    @Schema(example = "1 giá trị không hợp lệ; không giá trị nào được ghi") String detail,
    String instance,
    @Schema(example = "0") int created,
    @Schema(example = "0") int updated,
    @Schema(example = "0") int unchanged,
    @Schema(example = "1") int rejected,
    List<Conflict> conflicts,
    List<FieldError> errors) implements Localised {

  @Override
  public ImportProblem in(Bilingual.Language language) {
    if (language == Bilingual.Language.BOTH) {
      return this;
    }
    return new ImportProblem(type, Bilingual.parse(title).in(language), status, code, Bilingual.parse(detail).in(language), instance,
        created, updated, unchanged, rejected,
        conflicts == null ? null : conflicts.stream().map(c -> new Conflict(c.index(), c.field(), c.value(), Bilingual.parse(c.message()).in(language))).toList(),
        errors == null ? null : errors.stream().map(e -> e.in(language)).toList());
  }
}
