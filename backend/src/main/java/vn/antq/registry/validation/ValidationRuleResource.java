package vn.antq.registry.validation;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.QueryValues;

@Path("/api/v1/validation-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "validation")
public class ValidationRuleResource {

  @Inject ValidationRuleService service;
  @Inject ViolationService violations;

  @GET
  @Operation(operationId = "listValidationRules", summary = "Danh sách quy tắc kiểm tra số liệu")
  @APIResponse(responseCode = "200", description = "Một trang quy tắc kiểm tra")
  public PageResult<ValidationRuleDto> list(
      @QueryParam("importance")
          @Parameter(
              description = "Chỉ quy tắc có mức độ này",
              schema = @Schema(implementation = RuleImportance.class))
          String importance,
      @BeanParam PageParams paging) {
    return service.list(
        QueryValues.enumValue(RuleImportance.class, "importance", importance), paging);
  }

  @GET
  @Path("violations")
  @Operation(
      operationId = "listValidationViolations",
      summary = "Các vi phạm quy tắc kiểm tra trong một phạm vi và kỳ",
      description =
          "Xét các giá trị có kỳ nằm trong `period` (một năm gồm cả nửa năm, quý, tháng của nó),"
              + " mỗi đơn vị báo cáo và mỗi kỳ đã lưu xét riêng; phạm vi theo mã tỉnh, mã xã,"
              + " mã điểm ghi trên giá trị. Thứ tự: ERROR trước, rồi tỉnh, xã, đơn vị, kỳ, quy"
              + " tắc (sort không áp dụng).")
  @APIResponse(responseCode = "200", description = "Một trang vi phạm")
  public PageResult<ViolationDto> violations(
      @QueryParam("period")
          @Parameter(
              required = true,
              description = "Kỳ: 2024, 2024S1, 2024Q2, 202406",
              example = "2024S1")
          String period,
      @QueryParam("provinceCode") @Parameter(description = "Bỏ trống: toàn quốc", example = "12")
          String provinceCode,
      @QueryParam("communeCode") @Parameter(description = "Bỏ trống: mọi xã", example = "03549")
          String communeCode,
      @QueryParam("pointId")
          @Parameter(description = "Chỉ giá trị của điểm nhân rộng này", example = "1024")
          String pointId,
      @QueryParam("importance")
          @Parameter(
              description = "ERROR hoặc WARNING; bỏ trống: cả hai",
              schema = @Schema(implementation = RuleImportance.class))
          String importance,
      @QueryParam("ruleCode")
          @Parameter(description = "Chỉ quy tắc này", example = "VALUABLE_TIPS_LE_TIPS")
          String ruleCode,
      @BeanParam PageParams paging) {
    return violations.list(
        period, provinceCode, communeCode, pointId, importance, ruleCode, paging);
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getValidationRule", summary = "Một quy tắc kiểm tra")
  @APIResponse(responseCode = "200", description = "Quy tắc kiểm tra")
  public RestResponse<ValidationRuleDto> get(@PathParam("code") String code) {
    ValidationRuleDto rule = service.get(code);
    return Etags.versioned(rule, rule.version());
  }

  @POST
  @Operation(operationId = "createValidationRule", summary = "Thêm quy tắc kiểm tra")
  @APIResponse(
      responseCode = "201",
      description = "Đã tạo",
      content = @Content(schema = @Schema(implementation = ValidationRuleDto.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<ValidationRuleDto> create(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) ValidationRuleInput body) {
    ValidationRuleDto rule = service.create(body);
    return Etags.created("/api/v1/validation-rules/" + rule.code(), rule, rule.version());
  }

  @PUT
  @Path("{code}")
  @Operation(operationId = "updateValidationRule", summary = "Sửa quy tắc kiểm tra")
  @APIResponse(responseCode = "200", description = "Quy tắc kiểm tra sau khi sửa")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<ValidationRuleDto> update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) ValidationRuleInput body) {
    ValidationRuleDto rule = service.update(code, body, ifMatch);
    return Etags.versioned(rule, rule.version());
  }

  @DELETE
  @Path("{code}")
  @Operation(operationId = "deleteValidationRule", summary = "Xóa quy tắc kiểm tra")
  @APIResponse(responseCode = "204", description = "Đã xóa")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public void delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
    service.delete(code, ifMatch);
  }
}
