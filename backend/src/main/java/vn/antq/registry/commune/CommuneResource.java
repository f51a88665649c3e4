package vn.antq.registry.commune;

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

@Path("/api/v1/communes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "communes")
public class CommuneResource {

  /** The import's columns: an export imports back as it is. */
  private static final RecordColumns<CommuneDto> EXPORT =
      RecordColumns.of(CommuneDto.class, CommuneImporter.COLUMNS.exported());

  @Inject CommuneService service;

  @GET
  @Operation(
      operationId = "listCommunes",
      summary = "Danh sách xã, phường, đặc khu",
      description =
          "Lọc theo tỉnh, loại, cờ; `q` tìm theo tên hoặc mã, không phân biệt dấu. Mặc định sắp theo tỉnh rồi tên (thứ tự chữ cái tiếng Việt). Với `Accept: text/csv` hoặc `?format=csv`: toàn bộ danh sách đã lọc dưới dạng CSV với các cột của tệp nhập.")
  @APIResponse(responseCode = "200", description = "Một trang xã")
  public PageResult<CommuneDto> list(
      @BeanParam CommuneFilters filters, @BeanParam PageParams paging) {
    return service.list(filters.filter(), paging);
  }

  /** The same list as CSV (Accept: text/csv or ?format=csv), with the import's columns. */
  @GET
  @Produces({ListExport.TEXT_CSV_LOW, ListExport.XLSX_LOW})
  @Operation(hidden = true)
  public Response export(
      @Context HttpHeaders request,
      @BeanParam CommuneFilters filters,
      @QueryParam("sort") String sort) {
    CommuneService.Filter filter = filters.filter();
    return ListExport.response(request, "xa", EXPORT, sort, paging -> service.list(filter, paging));
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getCommune", summary = "Một xã theo mã")
  @APIResponse(responseCode = "200", description = "Xã; header ETag mang phiên bản")
  public RestResponse<CommuneDto> get(
      @PathParam("code") @Parameter(example = "03589") String code) {
    CommuneDto commune = service.get(code);
    return Etags.versioned(commune, commune.version());
  }

  @POST
  @Operation(operationId = "createCommune", summary = "Thêm xã")
  @APIResponse(
      responseCode = "201",
      description = "Đã tạo; header Location trỏ tới xã mới",
      content = @Content(schema = @Schema(implementation = CommuneDto.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<CommuneDto> create(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) CommuneInput body) {
    CommuneDto commune = service.create(body);
    return Etags.created("/api/v1/communes/" + commune.code(), commune, commune.version());
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "updateCommune",
      summary = "Sửa xã",
      description = "Gửi `If-Match` với ETag đã đọc.")
  @APIResponse(responseCode = "200", description = "Xã sau khi sửa")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<CommuneDto> update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) CommuneInput body) {
    CommuneDto commune = service.update(code, body, ifMatch);
    return Etags.versioned(commune, commune.version());
  }
}
