package vn.antq.registry.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.outcome.Period;

/**
 * GET /replication-points/quiet: points gone quiet, a report over points and their outcome values.
 */
@Path("/api/v1/replication-points/quiet")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "replicationPoints")
public class QuietPointsResource {

  @Inject RegistryClock clock;

  @Inject QuietPoints quiet;

  @GET
  @Operation(
      operationId = "listQuietReplicationPoints",
      summary = "Điểm im lặng",
      description =
          "Điểm đang hoạt động, đã thành lập trước hai kỳ trọn vẹn gần nhất (theo `periodType`, mặc định quý) "
              + "mà không có kết quả nào của riêng điểm trong hai kỳ đó. `lastReportedPeriod`: kỳ gần nhất điểm có kết quả.")
  @APIResponse(responseCode = "200", description = "Một trang điểm im lặng")
  public QuietPointsDto quiet(
      @QueryParam("provinceCode") @Parameter(example = "12") String provinceCode,
      @QueryParam("communeCode") @Parameter(example = "03549") String communeCode,
      @QueryParam("modelCode") @Parameter(example = "LCU-DHTQ") String modelCode,
      @QueryParam("periodType")
          @Parameter(
              description = "Loại kỳ: YEAR, HALF, QUARTER (mặc định), MONTH",
              schema = @Schema(implementation = Period.Type.class))
          String periodType,
      @BeanParam PageParams paging) {
    Period.Type type =
        periodType == null || periodType.isBlank()
            ? Period.Type.QUARTER
            : QueryValues.enumValue(Period.Type.class, "periodType", periodType);
    return quiet.list(type, clock.today(), provinceCode, communeCode, modelCode, paging);
  }
}
