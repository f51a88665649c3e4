package vn.antq.registry.indicator;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "categories")
public class IndicatorResource {

  @Inject IndicatorService service;

  @GET
  @Operation(operationId = "listIndicators", summary = "Danh sách chỉ tiêu kết quả")
  @APIResponse(responseCode = "200", description = "Một trang chỉ tiêu")
  public PageResult<IndicatorDto> list(@BeanParam PageParams paging) {
    return service.list(paging);
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getIndicator", summary = "Một chỉ tiêu")
  @APIResponse(responseCode = "200", description = "Chỉ tiêu")
  public RestResponse<IndicatorDto> get(@PathParam("code") String code) {
    IndicatorDto indicator = service.get(code);
    return Etags.versioned(indicator, indicator.version());
  }

  @POST
  @Operation(operationId = "createIndicator", summary = "Thêm chỉ tiêu")
  @APIResponse(
      responseCode = "201",
      description = "Đã tạo",
      content = @Content(schema = @Schema(implementation = IndicatorDto.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public RestResponse<IndicatorDto> create(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) IndicatorInput body) {
    IndicatorDto indicator = service.create(body);
    return Etags.created("/api/v1/indicators/" + indicator.code(), indicator, indicator.version());
  }

  @PUT
  @Path("{code}")
  @Operation(operationId = "updateIndicator", summary = "Sửa chỉ tiêu")
  @APIResponse(responseCode = "200", description = "Chỉ tiêu sau khi sửa")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<IndicatorDto> update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) IndicatorInput body) {
    IndicatorDto indicator = service.update(code, body, ifMatch);
    return Etags.versioned(indicator, indicator.version());
  }
}
