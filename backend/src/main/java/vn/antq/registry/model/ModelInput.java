package vn.antq.registry.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

// What GET answers may be sent back as is; any other unknown field is still an error.
@JsonIgnoreProperties(value = {"legacyCode", "version", "createdAt", "updatedAt"})
@Schema(
    name = "ModelInput",
    description =
        "Tạo hoặc sửa mô hình. Khi tạo, bỏ trống `code` để hệ thống cấp mã (MH<mã tỉnh>-<số>).")
public record ModelInput(
    @Pattern(
            regexp = "[A-Z0-9][A-Z0-9_-]{1,39}",
            message = "Mã gồm chữ in hoa, số, '-', '_' (2–40 ký tự) (A-Z, 0-9, -, _)")
        @Schema(example = "LCU-DHTQ")
        String code,
    @NotBlank(message = "Tên không được để trống (name is required)")
        @Size(max = 300, message = "Tên tối đa 300 ký tự (at most 300 characters)")
        @Schema(example = "Dòng họ tự quản về ANTT")
        String name,
    @Size(max = 10000, message = "Mô tả tối đa 10000 ký tự (at most 10000 characters)")
        String description,
    @NotBlank(message = "Thiếu lĩnh vực (categoryCode is required)")
        @Schema(example = "ETHNIC_RELIGIOUS")
        String categoryCode,
    @NotBlank(message = "Thiếu mã tỉnh (provinceCode is required)") @Schema(example = "12")
        String provinceCode,
    @Schema(example = "03583") String communeCode,
    @Size(max = 200, message = "Tối đa 200 ký tự (at most 200 characters)")
        @Schema(example = "Công an tỉnh Lai Châu")
        String leadOrganisation,
    @PastOrPresent(message = "Ngày bắt đầu không được ở tương lai (must not be in the future)")
        @Schema(example = "2012-03-01")
        LocalDate startedOn,
    @Schema(example = "PROVINCE") RecognitionLevel recognitionLevel,
    @PastOrPresent(message = "Ngày công nhận không được ở tương lai (must not be in the future)")
        @Schema(example = "2014-05-10")
        LocalDate recognizedOn,
    @Size(max = 200, message = "Tối đa 200 ký tự (at most 200 characters)")
        @Schema(example = "Quyết định số 512/QĐ-UBND")
        String recognitionDecision,
    @Schema(description = "Mặc định ACTIVE", example = "ACTIVE") ModelStatus status,
    @Size(max = 1000, message = "Tối đa 1000 ký tự (at most 1000 characters)")
        @Schema(
            description = "Bắt buộc khi DORMANT hoặc RETIRED",
            example = "Tổ tự quản hoạt động cầm chừng, cần kiện toàn")
        String statusReason,
    @PastOrPresent(message = "Ngày hiệu lực không được ở tương lai (must not be in the future)")
        @Schema(description = "Ngày trạng thái mới có hiệu lực; mặc định hôm nay")
        LocalDate statusSince) {}
