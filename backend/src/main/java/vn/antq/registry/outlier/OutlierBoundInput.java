package vn.antq.registry.outlier;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OutlierBoundInput",
    description =
        "Khoảng hợp lý của một chỉ tiêu: giá trị ngoài [min, max] là bất thường (BOUNDS). Bỏ trống"
            + " một đầu: không giới hạn đầu đó; cần ít nhất một đầu")
public record OutlierBoundInput(
    @DecimalMin(value = "0", message = "min không được âm (must be at least 0)")
        @Digits(
            integer = 15,
            fraction = 4,
            message = "Tối đa 15 chữ số phần nguyên, 4 chữ số thập phân (at most 15.4 digits)")
        @Schema(nullable = true, example = "0")
        BigDecimal min,
    @DecimalMin(value = "0", message = "max không được âm (must be at least 0)")
        @Digits(
            integer = 15,
            fraction = 4,
            message = "Tối đa 15 chữ số phần nguyên, 4 chữ số thập phân (at most 15.4 digits)")
        @Schema(nullable = true, example = "200")
        BigDecimal max) {}
