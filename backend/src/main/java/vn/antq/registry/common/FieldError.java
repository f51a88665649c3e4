package vn.antq.registry.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One invalid field of a request: its JSON path, a stable machine-readable code and what is wrong
 * with it.
 */
public record FieldError(
    @Schema(example = "provinceCode") String field,
    @Schema(
            description =
                "Mã lỗi ổn định cho máy đọc: invalid-value, required, invalid-length, too-large, too-small, invalid-format, in-future, unknown-field, duplicate-key, wrong-type",
            example = "invalid-value")
        String code,
    @Schema(example = "Không có tỉnh mã 99 (unknown province 99)") String message) {

  public static final String INVALID_VALUE = "invalid-value";

  public FieldError(String field, String message) {
    this(field, INVALID_VALUE, message);
  }

  public FieldError in(Bilingual.Language language) {
    return new FieldError(field, code, Bilingual.parse(message).in(language));
  }
}
