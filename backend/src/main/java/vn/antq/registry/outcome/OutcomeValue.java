package vn.antq.registry.outcome;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One value sent to POST /outcomes. Checked by the service, not by bean validation, so that every
 * problem of a batch is reported with its index in one answer.
 */
@Schema(
    name = "OutcomeValue",
    description =
        "Một giá trị kết quả. Đơn vị báo cáo: `pointId`; hoặc `modelCode` + `communeCode`; hoặc `modelCode` + `provinceCode`; hoặc chỉ `communeCode`; hoặc chỉ `provinceCode`. Trường suy ra được (xã, tỉnh, mô hình của điểm) có thể bỏ trống, nếu gửi thì phải khớp.")
public record OutcomeValue(
    @Schema(example = "TIPS_RECEIVED", required = true) String indicatorCode,
    @Schema(example = "2024S1", required = true) String period,
    @Schema(
            description = "≥ 0; số nguyên trừ chỉ tiêu cho phép thập phân",
            example = "549",
            required = true)
        BigDecimal value,
    @Schema(example = "1024") Long pointId,
    @Schema(example = "LCU-DHTQ") String modelCode,
    @Schema(example = "03583") String communeCode,
    @Schema(example = "12") String provinceCode) {}
