package vn.antq.registry.point;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ListExport;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.RecordColumns;
import vn.antq.registry.common.RegistryClock;

@Path("/api/v1/replication-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "replicationPoints")
public class PointResource {

  /** The import's columns: an export imports back as it is. */
  private static final RecordColumns<PointDto> EXPORT =
      RecordColumns.of(PointDto.class, PointImporter.COLUMNS.exported());

  @Inject RegistryClock clock;

  @Inject PointService service;

  @GET
  @Operation(
      operationId = "listReplicationPoints",
      summary = "Danh sách điểm nhân rộng",
      description =
          "Lọc theo mô hình, tỉnh, xã, trạng thái, loại nơi triển khai, mã ngoài; `q` tìm theo tên nơi triển khai, không phân biệt dấu.")
  @APIResponse(responseCode = "200", description = "Một trang điểm")
  public PageResult<PointDto> list(@BeanParam PointFilters filters, @BeanParam PageParams paging) {
    return service.list(filters.filter(), paging);
  }

  /**
   * The same list as CSV (Accept: text/csv or ?format=csv); leaders' names only within the reader's
   * unit, as in JSON.
   */
  @GET
  @Produces({ListExport.TEXT_CSV_LOW, ListExport.XLSX_LOW})
  @Operation(hidden = true)
  public Response export(
      @Context HttpHeaders request,
      @BeanParam PointFilters filters,
      @QueryParam("sort") String sort) {
    PointService.Filter filter = filters.filter();
    return ListExport.response(
        request, "diem-nhan-rong", EXPORT, sort, paging -> service.list(filter, paging));
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getReplicationPoint", summary = "Một điểm nhân rộng")
  @APIResponse(responseCode = "200", description = "Điểm; header ETag mang phiên bản")
  public RestResponse<PointDto> get(@PathParam("id") @Parameter(example = "1") String id) {
    PointDto point = service.get(pathId(id));
    return Etags.versioned(point, point.version());
  }

  @POST
  @Operation(operationId = "createReplicationPoint", summary = "Tạo điểm nhân rộng")
  @APIResponse(
      responseCode = "201",
      description = "Đã tạo; header Location trỏ tới điểm",
      content = @Content(schema = @Schema(implementation = PointDto.class)))
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<PointDto> create(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) PointInput body) {
    PointDto point = service.create(body);
    return Etags.created("/api/v1/replication-points/" + point.id(), point, point.version());
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateReplicationPoint",
      summary = "Sửa điểm nhân rộng",
      description =
          "Gửi `If-Match` với ETag đã đọc. Chuyển điểm sang xã hay mô hình khác thì kết quả của"
              + " điểm đi theo; bị từ chối (409) khi một báo cáo đã duyệt khóa các kết quả đó.")
  @APIResponse(responseCode = "200", description = "Điểm sau khi sửa")
  @APIResponse(responseCode = "409", ref = "ReportLocked")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<PointDto> update(
      @PathParam("id") String id,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) PointInput body) {
    PointDto point = service.update(pathId(id), body, ifMatch);
    return Etags.versioned(point, point.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteReplicationPoint",
      summary = "Xóa điểm nhân rộng",
      description = "Chỉ xóa được điểm chưa có kết quả; nếu đã có, hãy chuyển sang RETIRED.")
  @APIResponse(responseCode = "204", description = "Đã xóa")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public void delete(@PathParam("id") String id) {
    service.delete(pathId(id));
  }

  /** An id that is not a number names no point: 404, as for any unknown id. */
  private static long pathId(String id) {
    return vn.antq.registry.common.QueryValues.pathId("điểm nhân rộng", id);
  }
}
