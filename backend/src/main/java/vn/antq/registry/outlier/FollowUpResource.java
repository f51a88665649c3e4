package vn.antq.registry.outlier;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.QueryValues;

@Path("/api/v1/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
public class FollowUpResource {

  @Inject FollowUpService service;

  @GET
  @Operation(
      operationId = "listFollowUps",
      summary = "Giá trị được đánh dấu cần theo dõi",
      description = "Mới đánh dấu trước (sort không áp dụng)")
  @APIResponse(responseCode = "200", description = "Một trang giá trị cần theo dõi")
  public PageResult<FollowUpDto> list(
      @QueryParam("provinceCode") @Parameter(description = "Bỏ trống: toàn quốc", example = "12")
          String provinceCode,
      @QueryParam("communeCode") @Parameter(example = "03549") String communeCode,
      @BeanParam PageParams paging) {
    return service.list(blankToNull(provinceCode), blankToNull(communeCode), paging);
  }

  @GET
  @Path("{outcomeId}")
  @Operation(operationId = "getFollowUp", summary = "Đánh dấu cần theo dõi của một giá trị")
  @APIResponse(responseCode = "200", description = "Giá trị và đánh dấu của nó")
  public FollowUpDto get(
      @PathParam("outcomeId")
          @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String outcomeId) {
    return service.get(QueryValues.pathId("kết quả", outcomeId));
  }

  @POST
  @Operation(
      operationId = "markFollowUp",
      summary = "Đánh dấu một giá trị cần theo dõi",
      description =
          "Ai được ghi giá trị của đơn vị thì được đánh dấu (quản trị viên trung ương, cán bộ tỉnh"
              + " của tỉnh, cán bộ xã của xã). Ghi vào nhật ký kèm ghi chú.")
  @APIResponse(
      responseCode = "201",
      description = "Đã đánh dấu",
      content = @Content(schema = @Schema(implementation = FollowUpDto.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<FollowUpDto> mark(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) FollowUpInput body) {
    FollowUpDto mark = service.mark(body);
    return RestResponse.ResponseBuilder.<FollowUpDto>created(
            URI.create("/api/v1/follow-ups/" + mark.outcomeId()))
        .entity(mark)
        .build();
  }

  @DELETE
  @Path("{outcomeId}")
  @Operation(
      operationId = "clearFollowUp",
      summary = "Bỏ đánh dấu cần theo dõi",
      description = "Cùng quyền như khi đánh dấu; ghi vào nhật ký kèm ghi chú đã bỏ.")
  @APIResponse(responseCode = "204", description = "Đã bỏ đánh dấu")
  public void clear(
      @PathParam("outcomeId")
          @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
          String outcomeId) {
    service.clear(QueryValues.pathId("kết quả", outcomeId));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
