package vn.antq.registry.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.common.Bilingual;
import vn.antq.registry.common.Localised;

@Schema(
    name = "ImportResult",
    description =
        "Kết quả nhập tệp: số dòng đọc, tạo mới, cập nhật, không đổi, bị từ chối; các dòng lỗi (tối đa 1.000 được liệt kê, số còn lại ở `conflictsOmitted`)")
public record ImportResult(
    @Schema(
            description =
                "SUCCESS: mọi dòng hợp lệ; WARNING: chế độ partial, có dòng bị từ chối; ERROR: chế độ atomic có dòng lỗi, không ghi gì",
            example = "SUCCESS")
        String status,
    @Schema(description = "true: chạy thử, không ghi gì") boolean dryRun,
    @Schema(example = "atomic") String mode,
    @Schema(description = "Số dòng dữ liệu đã đọc", example = "1200") long rows,
    @Schema(example = "1100") long created,
    @Schema(example = "80") long updated,
    @Schema(example = "20") long unchanged,
    @Schema(example = "0") long rejected,
    List<ImportConflict> conflicts,
    @Schema(description = "Số lỗi không được liệt kê vì quá nhiều", example = "0")
        long conflictsOmitted,
    @Schema(example = "850") long durationMs,
    @Schema(
            description =
                "Cảnh báo theo dòng: quy tắc kiểm tra bị vi phạm bởi các giá trị của tệp (không chặn"
                    + " việc ghi; tối đa 1.000 được liệt kê)")
        List<ImportWarning> warnings,
    @Schema(description = "Tổng số cảnh báo, kể cả không được liệt kê", example = "0")
        long warningCount,
    @Schema(
            nullable = true,
            description =
                "Id của lần nhập trong nhật ký (thực thể `import`): người gửi, thời điểm, SHA-256 của"
                    + " tệp; null khi chạy thử hoặc không ghi gì",
            example = "17")
        Long importId)
    implements Localised {

  @Override
  public ImportResult in(Bilingual.Language language) {
    return new ImportResult(
        status,
        dryRun,
        mode,
        rows,
        created,
        updated,
        unchanged,
        rejected,
        ImportConflict.in(conflicts, language),
        conflictsOmitted,
        durationMs,
        ImportWarning.in(warnings, language),
        warningCount,
        importId);
  }
}
