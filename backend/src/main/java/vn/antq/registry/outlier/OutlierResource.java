package vn.antq.registry.outlier;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.outcome.Period;

@Path("/api/v1/outliers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
public class OutlierResource {

  @Inject OutlierService service;

  @GET
  @Operation(
      operationId = "listOutliers",
      summary = "Giá trị bất thường của một kỳ",
      description =
          "Mỗi giá trị của kỳ được so với lịch sử của chính đơn vị cho chỉ tiêu đó: tối đa 12 kỳ"
              + " trước cùng loại, cần ít nhất 6 giá trị. MAD > 0: điểm z hiệu chỉnh"
              + " 0,6745·(x − trung vị)/MAD, bất thường khi |z| > 3,5 (cao hay thấp). MAD = 0"
              + " (lịch sử phẳng, nhiều số 0): bất thường khi P(X ≥ x) < 0,001 với X ~ Poisson(λ),"
              + " λ = max(trung bình lịch sử, 0,5); giá trị thấp không bị đánh dấu. Ngoài khoảng"
              + " hợp lý của chỉ tiêu (outlier-bounds): BOUNDS, bất kể lịch sử. Xếp từ bất thường"
              + " nhất (sort không áp dụng); kèm đánh dấu cần theo dõi nếu có.")
  @APIResponse(responseCode = "200", description = "Một trang giá trị bất thường")
  public PageResult<OutlierDto> list(
      @QueryParam("period")
          @Parameter(
              required = true,
              description = "Kỳ báo cáo (202403, 2024Q1, 2024S1, 2024)",
              example = "202403")
          String period,
      @QueryParam("indicatorCode") @Parameter(example = "TIPS_RECEIVED") String indicatorCode,
      @QueryParam("provinceCode") @Parameter(description = "Bỏ trống: toàn quốc", example = "12")
          String provinceCode,
      @QueryParam("communeCode") @Parameter(example = "03549") String communeCode,
      @QueryParam("pointId") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String pointId,
      @BeanParam PageParams paging) {
    Long point = QueryValues.number("pointId", pointId);
    return service.list(
        new OutlierService.Filter(
            parsePeriod(period),
            blankToNull(indicatorCode),
            blankToNull(provinceCode),
            blankToNull(communeCode),
            point),
        paging);
  }

  private static Period parsePeriod(String period) {
    if (period == null || period.isBlank()) {
      throw ProblemException.badRequest(
          "period", "Cần kỳ báo cáo, vd. period=202403 (period is required)");
    }
    return Period.tryParse(period)
        .orElseThrow(() -> ProblemException.badRequest("period", Period.invalidMessage(period)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
