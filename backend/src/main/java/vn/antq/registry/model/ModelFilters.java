package vn.antq.registry.model;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.antq.registry.common.QueryValues;

/**
 * The filters of the model list, declared once for its JSON pages and its CSV/Excel export, so that
 * an export holds exactly the rows the list shows. Read as text and checked in {@link #filter()}: a
 * bad value is a 400 naming the parameter.
 */
public class ModelFilters {

  @QueryParam("provinceCode")
  @Parameter(description = "Tỉnh nơi xây dựng mô hình", example = "12")
  public String provinceCode;

  @QueryParam("categoryCode")
  @Parameter(description = "Lĩnh vực", example = "ETHNIC_RELIGIOUS")
  public String categoryCode;

  @QueryParam("recognitionLevel")
  @Parameter(
      description = "Cấp công nhận",
      schema = @Schema(implementation = RecognitionLevel.class))
  public String recognitionLevel;

  @QueryParam("status")
  @Parameter(description = "Trạng thái", schema = @Schema(implementation = ModelStatus.class))
  public String status;

  @QueryParam("q")
  @Parameter(description = "Tìm theo tên, mã; không dấu cũng được", example = "tu quan")
  public String q;

  ModelService.Filter filter() {
    return new ModelService.Filter(
        provinceCode,
        categoryCode,
        QueryValues.enumValue(RecognitionLevel.class, "recognitionLevel", recognitionLevel),
        QueryValues.enumValue(ModelStatus.class, "status", status),
        q);
  }
}
