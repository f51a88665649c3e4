package vn.antq.registry.category;

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

@Path("/api/v1/model-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "categories")
public class CategoryResource {

  @Inject CategoryService service;

  @GET
  @Operation(operationId = "listModelCategories", summary = "Danh sách lĩnh vực mô hình")
  @APIResponse(responseCode = "200", description = "Một trang lĩnh vực")
  public PageResult<CategoryDto> list(@BeanParam PageParams paging) {
    return service.list(paging);
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getModelCategory", summary = "Một lĩnh vực")
  @APIResponse(responseCode = "200", description = "Lĩnh vực")
  public RestResponse<CategoryDto> get(@PathParam("code") String code) {
    CategoryDto category = service.get(code);
    return Etags.versioned(category, category.version());
  }

  @POST
  @Operation(operationId = "createModelCategory", summary = "Thêm lĩnh vực")
  @APIResponse(
      responseCode = "201",
      description = "Đã tạo",
      content = @Content(schema = @Schema(implementation = CategoryDto.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public RestResponse<CategoryDto> create(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) CategoryInput body) {
    CategoryDto category = service.create(body);
    return Etags.created(
        "/api/v1/model-categories/" + category.code(), category, category.version());
  }

  @PUT
  @Path("{code}")
  @Operation(operationId = "updateModelCategory", summary = "Sửa lĩnh vực")
  @APIResponse(responseCode = "200", description = "Lĩnh vực sau khi sửa")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<CategoryDto> update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) CategoryInput body) {
    CategoryDto category = service.update(code, body, ifMatch);
    return Etags.versioned(category, category.version());
  }
}
