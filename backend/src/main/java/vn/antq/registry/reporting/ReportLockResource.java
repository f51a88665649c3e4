package vn.antq.registry.reporting;

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

@Path("/api/v1/reporting-locks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
public class ReportLockResource {

  @Inject ReportLockService locks;

  @GET
  @Operation(
      operationId = "listReportingLocks",
      summary = "Báo cáo đã duyệt khóa số liệu của một kỳ",
      description =
          "Mọi báo cáo đã duyệt có kỳ chứa kỳ đã chọn (một tháng bị khóa bởi báo cáo tháng, quý,"
              + " nửa năm hay năm chứa nó), trong phạm vi: cái bảng nhập liệu khóa.")
  @APIResponse(responseCode = "200", description = "Một trang khóa")
  public PageResult<ReportLockDto> list(
      @QueryParam("period") @Parameter(description = "Kỳ của số liệu", example = "202406")
          String period,
      @QueryParam("provinceCode") @Parameter(example = "12") String provinceCode,
      @QueryParam("communeCode") @Parameter(example = "03549") String communeCode,
      @BeanParam PageParams paging) {
    return locks.locks(period, provinceCode, communeCode, paging);
  }
}
