package vn.antq.registry.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Lỗi theo RFC 9457 (application/problem+json)")
public record Problem(
    @Schema(example = "urn:antq:problem:validation") String type,
    @Schema(example = "Dữ liệu không hợp lệ (invalid data)") String title,
    @Schema(example = "422") int status,
    @Schema(example = "Một hoặc nhiều trường không hợp lệ") String detail,
    @Schema(example = "/api/v1/models") String instance,
    List<FieldError> errors) {
}
