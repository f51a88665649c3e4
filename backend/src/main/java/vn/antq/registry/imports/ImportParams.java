package vn.antq.registry.imports;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters every import operation takes, declared once for the four of them (file and form,
 * direct and job). Read as text and checked by the resource, so that a bad value is a 400 naming
 * the parameter rather than JAX-RS's 404.
 */
public class ImportParams {

  @PathParam("kind")
  @Parameter(description = "Loại dữ liệu", example = "outcomes")
  public String kind;

  @QueryParam("dryRun")
  @Parameter(
      description = "Chạy thử, không ghi",
      schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
  public String dryRun;

  @QueryParam("mode")
  @Parameter(
      description = "atomic (mặc định) hoặc partial",
      schema =
          @Schema(
              enumeration = {"atomic", "partial"},
              defaultValue = "atomic"))
  public String mode;

  /**
   * The direct operations also take {@code async}; the job operations do not, as they always run in
   * the background.
   */
  public static class Direct extends ImportParams {

    @QueryParam("async")
    @Parameter(
        description = "Chạy nền (tự động khi tệp có hơn 20.000 dòng)",
        schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String async;
  }
}
