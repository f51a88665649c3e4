package vn.antq.registry.summary;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /models/{code}/summary: one model's picture. It sits here, not in model, so that model does
 * not depend on the features it is summarised from.
 */
@Path("/api/v1/models/{code}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class ModelSummaryResource {

  @Inject SummaryService summaries;

  @GET
  @Operation(
      operationId = "getModelSummary",
      summary = "Bức tranh một mô hình",
      description =
          "Số điểm, tổ, thành viên của mô hình tại cuối kỳ; độ phủ trong các xã của tỉnh xây dựng mô hình; tổng kết quả của mô hình trong kỳ.")
  @APIResponse(responseCode = "200", description = "Số liệu của mô hình")
  public SummaryDto summary(
      @PathParam("code") String code, @BeanParam PeriodParams.WithResults asked) {
    return summaries.model(code, asked.period);
  }
}
