package vn.antq.registry.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.common.Bilingual;

@Schema(
    name = "ImportRowConflict",
    description = "Một dòng bị từ chối: số dòng (từ 1, không tính tiêu đề), cột, giá trị, lý do")
public record ImportConflict(
    @Schema(example = "17") long row,
    @Schema(nullable = true, example = "period") String column,
    @Schema(nullable = true, example = "2024H1") String value,
    @Schema(
            example =
                "Kỳ báo cáo '2024H1' không hợp lệ; kỳ hợp lệ: 2024, 2024S1, 2024S2, 2024Q1..2024Q4, 202401..202412 (invalid period)")
        String message) {

  /**
   * Importers quote the cell in their messages: the value and every quote of it are cut to their
   * start.
   */
  static final int MAX_MESSAGE_CHARS = 1000;

  public ImportConflict {
    message = Excerpt.message(message, value);
    if (message != null && message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
    value = Excerpt.of(value);
    column = Excerpt.of(column);
  }

  static List<ImportConflict> in(List<ImportConflict> conflicts, Bilingual.Language language) {
    return conflicts == null || language == Bilingual.Language.BOTH
        ? conflicts
        : conflicts.stream()
            .map(
                c ->
                    new ImportConflict(
                        c.row, c.column, c.value, Bilingual.parse(c.message).in(language)))
            .toList();
  }
}
