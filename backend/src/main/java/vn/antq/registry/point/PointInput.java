package vn.antq.registry.point;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.antq.registry.model.ModelStatus;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(
    value = {
      "id",
      "provinceCode",
      "legacyCode",
      "leaderHidden",
      "version",
      "createdAt",
      "updatedAt"
    })
@Schema(
    name = "ReplicationPointInput",
    description = "Tạo hoặc sửa điểm nhân rộng; tỉnh được suy ra từ xã")
public record PointInput(
    @Size(max = 100, message = "Tối đa 100 ký tự (at most 100 characters)")
        @Pattern(
            regexp = "[\\p{L}\\p{N}._:/-]+",
            message = "Chỉ gồm chữ, số và . _ : / - (letters, digits, . _ : / -)")
        @Schema(example = "LC-PT-0001")
        String externalId,
    @NotBlank(message = "Thiếu mã mô hình (modelCode is required)") @Schema(example = "LCU-DHTQ")
        String modelCode,
    @NotBlank(message = "Thiếu mã xã (communeCode is required)") @Schema(example = "03583")
        String communeCode,
    @NotNull(message = "Thiếu loại nơi triển khai (placeType is required)")
        @Schema(example = "CLAN")
        PlaceType placeType,
    @NotBlank(message = "Thiếu tên nơi triển khai (placeName is required)")
        @Size(max = 300, message = "Tối đa 300 ký tự (at most 300 characters)")
        @Schema(example = "Dòng họ Giàng, bản Sì Choang")
        String placeName,
    @PastOrPresent(message = "Ngày thành lập không được ở tương lai (must not be in the future)")
        @Schema(example = "2016-04-15")
        LocalDate establishedOn,
    @Schema(description = "Mặc định ACTIVE", example = "ACTIVE") ModelStatus status,
    @PastOrPresent(message = "Ngày hiệu lực không được ở tương lai (must not be in the future)")
        @Schema(description = "Ngày trạng thái mới có hiệu lực; mặc định hôm nay")
        LocalDate statusSince,
    @PositiveOrZero(message = "Phải ≥ 0 (must be ≥ 0)")
        @Max(value = 100000, message = "Quá lớn (too large)")
        @Schema(example = "3")
        Integer teamCount,
    @PositiveOrZero(message = "Phải ≥ 0 (must be ≥ 0)")
        @Max(value = 10000000, message = "Quá lớn (too large)")
        @Schema(example = "42")
        Integer memberCount,
    @PositiveOrZero(message = "Phải ≥ 0 (must be ≥ 0)")
        @Max(value = 10000000, message = "Quá lớn (too large)")
        @Schema(example = "5")
        Integer coreMemberCount,
    @Size(max = 200, message = "Tối đa 200 ký tự (at most 200 characters)")
        @Schema(
            description = "Người phụ trách điểm (tổ trưởng, trưởng bản...)",
            example = "Lò Văn Pằn")
        String leaderName,
    @Size(max = 30, message = "Tối đa 30 ký tự (at most 30 characters)")
        @Pattern(
            regexp = "[0-9 +().-]*",
            message = "Số điện thoại chỉ gồm số và + ( ) . - (digits and + ( ) . -)")
        @Schema(example = "0912345678")
        String leaderPhone,
    @DecimalMin(value = "-90", message = "Vĩ độ từ -90 đến 90 (latitude -90..90)")
        @DecimalMax(value = "90", message = "Vĩ độ từ -90 đến 90 (latitude -90..90)")
        @Schema(example = "22.5312")
        BigDecimal latitude,
    @DecimalMin(value = "-180", message = "Kinh độ từ -180 đến 180 (longitude -180..180)")
        @DecimalMax(value = "180", message = "Kinh độ từ -180 đến 180 (longitude -180..180)")
        @Schema(example = "103.3315")
        BigDecimal longitude) {}
