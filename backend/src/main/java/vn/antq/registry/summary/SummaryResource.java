package vn.antq.registry.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;

@Path("/api/v1/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outcomes")
public class SummaryResource {

  @Inject SummaryService service;

  @Inject ProvinceComparison provinces;

  @Inject CommuneBreakdown communes;

  @GET
  @Operation(
      operationId = "getNationalSummary",
      summary = "Bức tranh toàn quốc",
      description =
          "Số mô hình, điểm, tổ, thành viên tại cuối kỳ; độ phủ xã; tổng kết quả trong kỳ.")
  @APIResponse(responseCode = "200", description = "Số liệu toàn quốc")
  public SummaryDto national(@BeanParam PeriodParams.WithResults asked) {
    return service.national(asked.period);
  }

  @GET
  @Path("provinces")
  @Operation(
      operationId = "compareProvinces",
      summary = "So sánh 34 tỉnh",
      description =
          "Mỗi tỉnh, thành phố: số mô hình, điểm, tổ, thành viên tại cuối kỳ và độ phủ xã.")
  @APIResponse(responseCode = "200", description = "34 tỉnh, xếp theo tên")
  public ProvinceComparisonDto provinces(@BeanParam PeriodParams.Counts asked) {
    return provinces.compare(asked.period);
  }

  @GET
  @Path("communes")
  @Operation(
      operationId = "listCommuneSummaries",
      summary = "Các xã của một tỉnh",
      description =
          "Mỗi xã: số mô hình có điểm, số điểm, tổ, thành viên tại cuối kỳ và xã đã có điểm đang hoạt động chưa. "
              + "Sắp xếp: communeName, communeCode, modelCount, pointCount, activePointCount, teamCount, memberCount.")
  @APIResponse(responseCode = "200", description = "Một trang xã")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public PageResult<CommuneRowDto> communes(
      @QueryParam("provinceCode")
          @Parameter(description = "Mã tỉnh (bắt buộc)", required = true, example = "12")
          String provinceCode,
      @BeanParam PeriodParams.Counts asked,
      @BeanParam PageParams paging) {
    return communes.list(provinceCode == null ? null : provinceCode.strip(), asked.period, paging);
  }
}
