package vn.antq.registry.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.common.Bilingual;

@Schema(
    name = "ImportRowWarning",
    description =
        "Một dòng được ghi (hoặc sẽ được ghi khi chạy thử) nhưng đáng xem lại: quy tắc kiểm tra bị"
            + " vi phạm bởi các giá trị của đơn vị và kỳ của dòng; số dòng là dòng đầu tiên của"
            + " đơn vị và kỳ đó trong tệp")
public record ImportWarning(
    @Schema(example = "17") long row,
    @Schema(nullable = true, example = "value") String column,
    @Schema(nullable = true, example = "12") String value,
    @Schema(
            example =
                "Quy tắc VALUABLE_TIPS_LE_TIPS (Tin báo có giá trị không vượt quá tin báo tiếp"
                    + " nhận): 12 phải ≤ 10 (rule VALUABLE_TIPS_LE_TIPS: 12 must be ≤ 10)")
        String message,
    @Schema(nullable = true, example = "VALUABLE_TIPS_LE_TIPS") String ruleCode,
    @Schema(nullable = true, description = "ERROR hoặc WARNING", example = "ERROR")
        String importance) {

  public ImportWarning {
    message = Excerpt.message(message, value);
    if (message != null && message.length() > ImportConflict.MAX_MESSAGE_CHARS) {
      message = message.substring(0, ImportConflict.MAX_MESSAGE_CHARS) + "…";
    }
    value = Excerpt.of(value);
    column = Excerpt.of(column);
  }

  static List<ImportWarning> in(List<ImportWarning> warnings, Bilingual.Language language) {
    return warnings == null || language == Bilingual.Language.BOTH
        ? warnings
        : warnings.stream()
            .map(
                w ->
                    new ImportWarning(
                        w.row,
                        w.column,
                        w.value,
                        Bilingual.parse(w.message).in(language),
                        w.ruleCode,
                        w.importance))
            .toList();
  }
}
