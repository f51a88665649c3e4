package vn.antq.registry.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.antq.registry.outcome.OutcomeResource;

@Path("/api/v1/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kết quả")
public class SummaryResource {

  @Inject
  SummaryService service;

  @GET
  @Operation(summary = "Bức tranh toàn quốc", description = "Số mô hình, điểm, tổ, thành viên tại cuối kỳ; độ phủ xã; tổng kết quả trong kỳ.")
  @APIResponse(responseCode = "200", description = "Số liệu toàn quốc")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  public SummaryDto national(@QueryParam("period") @Parameter(description = "Kỳ báo cáo; bỏ trống: hiện tại, kết quả mọi kỳ", example = "2024") String period) {
    return service.national(periodOrNull(period));
  }

  public static vn.antq.registry.outcome.Period periodOrNull(String period) {
    return period == null || period.isBlank() ? null : OutcomeResource.parsePeriod("period", period.strip());
  }
}
