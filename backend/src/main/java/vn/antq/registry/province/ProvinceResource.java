package vn.antq.registry.province;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;

@Path("/api/v1/provinces")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "provinces")
public class ProvinceResource {

  @Inject ProvinceService service;

  @GET
  @Operation(
      operationId = "listProvinces",
      summary = "Danh sách tỉnh, thành phố",
      description =
          "34 tỉnh, thành phố từ 01/7/2025. Tìm kiếm `q` không phân biệt dấu, hoa thường.")
  @APIResponse(responseCode = "200", description = "Một trang tỉnh")
  public PageResult<ProvinceDto> list(
      @QueryParam("q")
          @Parameter(description = "Tìm theo tên, không dấu cũng được (vd. `lai chau`)")
          String q,
      @BeanParam PageParams paging) {
    return service.list(q, paging);
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getProvince", summary = "Một tỉnh theo mã")
  @APIResponse(responseCode = "200", description = "Tỉnh; header ETag mang phiên bản")
  public RestResponse<ProvinceDto> get(@PathParam("code") @Parameter(example = "12") String code) {
    ProvinceDto province = service.get(code);
    return Etags.versioned(province, province.version());
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateProvince",
      summary = "Cập nhật dân số, diện tích của tỉnh",
      description = "Gửi `If-Match` với ETag đã đọc để tránh ghi đè thay đổi của người khác.")
  @APIResponse(responseCode = "200", description = "Tỉnh sau khi cập nhật")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public RestResponse<ProvinceDto> update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) ProvinceUpdate body) {
    ProvinceDto province = service.update(code, body, ifMatch);
    return Etags.versioned(province, province.version());
  }
}
