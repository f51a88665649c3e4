package vn.antq.registry.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document: the body of every 4xx and 5xx answer. Its extension, if any, is
 * written flat between `instance` and `errors` (its schema is the answer's own, e.g.
 * ImportRejection).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Lỗi theo RFC 9457 (application/problem+json)")
public record Problem(
    @Schema(example = "urn:antq:problem:validation") String type,
    @Schema(example = "Dữ liệu không hợp lệ (invalid data)") String title,
    @Schema(example = "422") int status,
    @Schema(
            description =
                "Mã lỗi ổn định cho máy đọc: không đổi theo ngôn ngữ (Accept-Language: vi hoặc en)",
            example = "invalid-value")
        String code,
    @Schema(example = "Một hoặc nhiều trường không hợp lệ") String detail,
    @Schema(example = "/api/v1/models") String instance,
    @JsonUnwrapped @Schema(hidden = true) ProblemExtension extension,
    List<FieldError> errors)
    implements Localised {

  /** The same problem with its texts in one language (or both, as written). */
  @Override
  public Problem in(Bilingual.Language language) {
    if (language == Bilingual.Language.BOTH) {
      return this;
    }
    return new Problem(
        type,
        Bilingual.parse(title).in(language),
        status,
        code,
        Bilingual.parse(detail).in(language),
        instance,
        extension == null ? null : extension.in(language),
        errors == null ? null : errors.stream().map(e -> e.in(language)).toList());
  }
}
