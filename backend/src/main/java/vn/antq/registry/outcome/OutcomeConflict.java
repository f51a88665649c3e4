package vn.antq.registry.outcome;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OutcomeConflict",
    description = "Một giá trị bị từ chối: vị trí trong lô, trường, giá trị, lý do")
public record OutcomeConflict(
    @Schema(description = "Vị trí trong `values` (từ 0)", example = "3") int index,
    @Schema(nullable = true, example = "period") String field,
    @Schema(nullable = true, example = "2024H1") String value,
    @Schema(
            example =
                "Kỳ báo cáo '2024H1' không hợp lệ; kỳ hợp lệ: 2024, 2024S1, 2024S2, 2024Q1..2024Q4, 202401..202412 (invalid period)")
        String message) {

  private static final int MAX_VALUE_LENGTH = 200;

  /** An absurdly long value is echoed shortened: the answer must stay readable. */
  public OutcomeConflict {
    if (value != null && value.length() > MAX_VALUE_LENGTH) {
      value = value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
  }
}
