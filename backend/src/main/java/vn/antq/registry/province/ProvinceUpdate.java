package vn.antq.registry.province;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(value = {"code", "name", "fullName", "type", "version"})
@Schema(name = "ProvinceUpdate", description = "Các thuộc tính tùy chọn của tỉnh có thể cập nhật")
public record ProvinceUpdate(
    @PositiveOrZero(message = "Dân số phải ≥ 0 (must be ≥ 0)")
        @Max(value = 100_000_000L, message = "Dân số quá lớn (too large)")
        @Schema(example = "512601")
        Long population,
    @DecimalMin(value = "0", message = "Diện tích phải ≥ 0 (must be ≥ 0)")
        @DecimalMax(value = "1000000", message = "Diện tích quá lớn (too large)")
        @Digits(
            integer = 10,
            fraction = 2,
            message = "Tối đa 2 chữ số thập phân (at most 2 decimals)")
        @Schema(example = "9068.73")
        BigDecimal areaKm2) {}
