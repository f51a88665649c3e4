package vn.antq.registry.commune;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.antq.registry.common.QueryValues;

/**
 * The filters of the commune list, declared once for its JSON pages and its CSV/Excel export, so
 * that an export holds exactly the rows the list shows. Read as text and checked in {@link
 * #filter()}: a bad value is a 400 naming the parameter.
 */
public class CommuneFilters {

  @QueryParam("provinceCode")
  @Parameter(description = "Mã tỉnh", example = "12")
  public String provinceCode;

  @QueryParam("type")
  @Parameter(
      description = "XA, PHUONG hoặc DAC_KHU",
      schema = @Schema(implementation = CommuneType.class))
  public String type;

  @QueryParam("q")
  @Parameter(description = "Tìm theo tên, không dấu cũng được", example = "muong so")
  public String q;

  @QueryParam("border")
  @Parameter(description = "Xã biên giới", schema = @Schema(type = SchemaType.BOOLEAN))
  public String border;

  @QueryParam("hotspot")
  @Parameter(
      description = "Địa bàn trọng điểm về ANTT",
      schema = @Schema(type = SchemaType.BOOLEAN))
  public String hotspot;

  @QueryParam("ethnicMinority")
  @Parameter(
      description = "Vùng đồng bào dân tộc thiểu số",
      schema = @Schema(type = SchemaType.BOOLEAN))
  public String ethnicMinority;

  CommuneService.Filter filter() {
    return new CommuneService.Filter(
        provinceCode,
        QueryValues.enumValue(CommuneType.class, "type", type),
        q,
        QueryValues.bool("border", border),
        QueryValues.bool("hotspot", hotspot),
        QueryValues.bool("ethnicMinority", ethnicMinority));
  }
}
