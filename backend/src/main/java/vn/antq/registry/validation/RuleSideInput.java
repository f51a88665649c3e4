package vn.antq.registry.validation;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RuleSideInput",
    description =
        "Một vế: tổng giá trị các chỉ tiêu (cùng đơn vị, cùng kỳ) cộng hằng số (mặc định 0)")
public record RuleSideInput(
    @Size(max = 50, message = "Tối đa 50 chỉ tiêu mỗi vế (at most 50 indicators)")
        @Schema(example = "[\"VALUABLE_TIPS\"]")
        List<String> indicatorCodes,
    @Digits(
            integer = 15,
            fraction = 4,
            message = "Tối đa 15 chữ số phần nguyên và 4 chữ số thập phân (at most 15.4 digits)")
        @Schema(description = "Mặc định 0", example = "0")
        BigDecimal constant) {}
