package vn.antq.registry.outlier;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;

@Path("/api/v1/outlier-bounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
public class OutlierBoundResource {

  @Inject OutlierBoundService service;

  @GET
  @Operation(
      operationId = "listOutlierBounds",
      summary = "Khoảng hợp lý của các chỉ tiêu",
      description = "Theo mã chỉ tiêu (sort=indicatorCode, -updatedAt...)")
  @APIResponse(responseCode = "200", description = "Một trang khoảng hợp lý")
  public PageResult<OutlierBoundDto> list(@BeanParam PageParams paging) {
    return service.list(paging);
  }

  @PUT
  @Path("{indicatorCode}")
  @Operation(
      operationId = "putOutlierBound",
      summary = "Đặt khoảng hợp lý của một chỉ tiêu",
      description =
          "Quản trị viên trung ương. Tạo hoặc thay khoảng [min, max]; giá trị ngoài khoảng là bất"
              + " thường (BOUNDS) bất kể lịch sử. Mỗi thay đổi ghi vào nhật ký.")
  @APIResponse(responseCode = "200", description = "Khoảng hợp lý sau khi đặt")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public OutlierBoundDto put(
      @PathParam("indicatorCode") String indicatorCode,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) OutlierBoundInput body) {
    return service.put(indicatorCode, body);
  }

  @DELETE
  @Path("{indicatorCode}")
  @Operation(operationId = "deleteOutlierBound", summary = "Bỏ khoảng hợp lý của một chỉ tiêu")
  @APIResponse(responseCode = "204", description = "Đã bỏ")
  public void delete(@PathParam("indicatorCode") String indicatorCode) {
    service.delete(indicatorCode);
  }
}
