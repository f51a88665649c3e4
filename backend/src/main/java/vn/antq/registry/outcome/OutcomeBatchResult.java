package vn.antq.registry.outcome;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OutcomeBatchResult",
    description =
        "Kết quả ghi một lô: số bản ghi tạo mới, cập nhật, không đổi, bị từ chối, và danh sách lỗi")
public record OutcomeBatchResult(
    @Schema(
            description = "SUCCESS khi tất cả được ghi; ERROR khi có giá trị sai (không ghi gì)",
            example = "SUCCESS")
        String status,
    @Schema(example = "12") int created,
    @Schema(example = "3") int updated,
    @Schema(example = "1") int unchanged,
    @Schema(example = "0") int rejected,
    List<OutcomeConflict> conflicts) {

  public static final String SUCCESS = "SUCCESS";
  public static final String ERROR = "ERROR";
}
