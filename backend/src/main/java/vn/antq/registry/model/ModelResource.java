package vn.antq.registry.model;

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

@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "models")
public class ModelResource {

  /** The import's columns: an export imports back as it is. */
  private static final RecordColumns<ModelDto> EXPORT =
      RecordColumns.of(ModelDto.class, ModelImporter.COLUMNS.exported());

  @Inject ModelService service;

  @GET
  @Operation(
      operationId = "listModels",
      summary = "Danh mục mô hình",
      description =
          "Lọc theo tỉnh, lĩnh vực, cấp công nhận, trạng thái; `q` tìm theo tên hoặc mã, không phân biệt dấu (\"tu quan\" tìm được \"Dòng họ tự quản về ANTT\").")
  @APIResponse(responseCode = "200", description = "Một trang mô hình")
  public PageResult<ModelDto> list(@BeanParam ModelFilters filters, @BeanParam PageParams paging) {
    return service.list(filters.filter(), paging);
  }

  /**
   * The same list as CSV (Accept: text/csv or ?format=csv), one column per field of the model's
   * input.
   */
  @GET
  @Produces({ListExport.TEXT_CSV_LOW, ListExport.XLSX_LOW})
  @Operation(hidden = true)
  public Response export(
      @Context HttpHeaders request,
      @BeanParam ModelFilters filters,
      @QueryParam("sort") String sort) {
    ModelService.Filter filter = filters.filter();
    return ListExport.response(
        request, "mo-hinh", EXPORT, sort, paging -> service.list(filter, paging));
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getModel", summary = "Một mô hình")
  @APIResponse(responseCode = "200", description = "Mô hình; header ETag mang phiên bản")
  public RestResponse<ModelDto> get(
      @PathParam("code") @Parameter(example = "LCU-DHTQ") String code) {
    ModelDto model = service.get(code);
    return Etags.versioned(model, model.version());
  }

  @GET
  @Path("{code}/history")
  @Operation(
      operationId = "getModelHistory",
      summary = "Lịch sử trạng thái của mô hình",
      description = "Mỗi lần tạo hoặc đổi trạng thái là một dòng, cũ trước mới sau.")
  @APIResponse(responseCode = "200", description = "Một trang lịch sử")
  public PageResult<ModelHistoryDto> history(
      @PathParam("code") String code, @BeanParam PageParams paging) {
    return service.history(code, paging);
  }

  @POST
  @Operation(
      operationId = "createModel",
      summary = "Tạo mô hình",
      description = "Bỏ trống `code` để hệ thống cấp mã.")
  @APIResponse(
      responseCode = "201",
      description = "Đã tạo; header Location trỏ tới mô hình",
      content = @Content(schema = @Schema(implementation = ModelDto.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<ModelDto> create(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) ModelInput body) {
    ModelDto model = service.create(body);
    return Etags.created("/api/v1/models/" + model.code(), model, model.version());
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "updateModel",
      summary = "Sửa mô hình",
      description =
          "Đổi `status` (kèm `statusReason`) được ghi vào lịch sử. Gửi `If-Match` với ETag đã đọc.")
  @APIResponse(responseCode = "200", description = "Mô hình sau khi sửa")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<ModelDto> update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) ModelInput body) {
    ModelDto model = service.update(code, body, ifMatch);
    return Etags.versioned(model, model.version());
  }

  @DELETE
  @Path("{code}")
  @Operation(
      operationId = "deleteModel",
      summary = "Xóa mô hình",
      description =
          "Chỉ xóa được mô hình chưa có điểm nhân rộng và kết quả; nếu đã có, hãy chuyển sang RETIRED.")
  @APIResponse(responseCode = "204", description = "Đã xóa")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public void delete(@PathParam("code") String code) {
    service.delete(code);
  }
}
