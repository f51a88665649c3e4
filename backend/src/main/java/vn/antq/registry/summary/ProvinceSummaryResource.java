package vn.antq.registry.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.outcome.Period;

/**
 * GET /provinces/{code}/summary: one province's picture (see {@link ModelSummaryResource} for why
 * it is here).
 */
@Path("/api/v1/provinces/{code}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "provinces")
public class ProvinceSummaryResource {

  @Inject SummaryService summaries;

  @GET
  @Operation(
      operationId = "getProvinceSummary",
      summary = "Bức tranh một tỉnh",
      description =
          "Số mô hình, điểm, tổ, thành viên của tỉnh tại cuối kỳ; độ phủ xã của tỉnh; tổng kết quả trong kỳ.")
  @APIResponse(responseCode = "200", description = "Số liệu của tỉnh")
  public SummaryDto summary(
      @PathParam("code") @Parameter(example = "12") String code,
      @QueryParam("period")
          @Parameter(
              description = "Kỳ báo cáo; bỏ trống: hiện tại, kết quả mọi kỳ",
              example = "2024S1",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
          Period period) {
    return summaries.province(code, period);
  }
}
