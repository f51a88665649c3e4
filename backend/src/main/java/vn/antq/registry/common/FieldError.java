package vn.antq.registry.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its JSON path and what is wrong with it. */
public record FieldError(
    @Schema(example = "provinceCode") String field,
    @Schema(example = "Không có tỉnh mã 99 (unknown province 99)") String message) {
}
