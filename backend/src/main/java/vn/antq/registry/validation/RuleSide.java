package vn.antq.registry.validation;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RuleSide",
    description = "Một vế của quy tắc: tổng giá trị các chỉ tiêu cộng hằng số")
public record RuleSide(
    @Schema(description = "Chỉ tiêu được cộng; có thể rỗng", example = "[\"VALUABLE_TIPS\"]")
        List<String> indicatorCodes,
    @Schema(description = "Hằng số cộng thêm", example = "0") BigDecimal constant) {}
