package vn.antq.registry.point;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.model.ModelStatus;

/**
 * The filters of the point list, declared once for its JSON pages and its CSV/Excel export, so that
 * an export holds exactly the rows the list shows. Read as text and checked in {@link #filter()}: a
 * bad value is a 400 naming the parameter.
 */
public class PointFilters {

  @QueryParam("modelCode")
  @Parameter(example = "LCU-DHTQ")
  public String modelCode;

  @QueryParam("provinceCode")
  @Parameter(example = "12")
  public String provinceCode;

  @QueryParam("communeCode")
  @Parameter(example = "03583")
  public String communeCode;

  @QueryParam("status")
  @Parameter(schema = @Schema(implementation = ModelStatus.class))
  public String status;

  @QueryParam("placeType")
  @Parameter(schema = @Schema(implementation = PlaceType.class))
  public String placeType;

  @QueryParam("externalId")
  @Parameter(description = "Mã điểm ở hệ thống khác")
  public String externalId;

  @QueryParam("q")
  @Parameter(description = "Tìm theo tên nơi triển khai", example = "ban nam cai")
  public String q;

  PointService.Filter filter() {
    return new PointService.Filter(
        modelCode,
        provinceCode,
        communeCode,
        QueryValues.enumValue(ModelStatus.class, "status", status),
        QueryValues.enumValue(PlaceType.class, "placeType", placeType),
        externalId,
        q);
  }
}
