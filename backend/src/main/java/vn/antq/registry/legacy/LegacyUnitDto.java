package vn.antq.registry.legacy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "LegacyUnit",
    description =
        "Đơn vị hành chính trước 01/7/2025 và (các) đơn vị kế thừa; nhiều đơn vị kế thừa nghĩa là đơn vị đã bị chia tách")
public record LegacyUnitDto(
    @Schema(example = "03589") String code,
    @Schema(description = "PROVINCE, DISTRICT hoặc COMMUNE", example = "COMMUNE") String level,
    @Schema(example = "Mường So") String name,
    @Schema(nullable = true, example = "Xã Mường So") String fullName,
    @Schema(
            nullable = true,
            description = "Mã huyện (với xã) hoặc mã tỉnh (với huyện)",
            example = "109")
        String parentCode,
    @Schema(nullable = true, example = "12") String provinceCode,
    @Schema(description = "true khi đơn vị được chia cho nhiều đơn vị mới") boolean split,
    List<Successor> successors) {

  @Schema(name = "LegacySuccessor", description = "Một đơn vị mới (2025) kế thừa đơn vị cũ")
  public record Successor(
      @Schema(example = "03583") String code,
      @Schema(nullable = true, example = "Xã Khổng Lào") String fullName,
      @Schema(nullable = true, description = "PROVINCE hoặc COMMUNE", example = "COMMUNE")
          String level,
      @Schema(nullable = true, example = "12") String provinceCode) {}
}
