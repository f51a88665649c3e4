package vn.antq.registry.reporting;

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

@Path("/api/v1/reporting-obligations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
public class ReportingObligationResource {

  @Inject ReportingObligationService service;
  @Inject CompletenessService completeness;
  @Inject ReportingGrid grid;

  @GET
  @Operation(operationId = "listReportingObligations", summary = "Danh sách nghĩa vụ báo cáo")
  @APIResponse(responseCode = "200", description = "Một trang nghĩa vụ báo cáo")
  public PageResult<ReportingObligationDto> list(
      @BeanParam ObligationFilters filters, @BeanParam PageParams paging) {
    return service.list(filters.filter(), paging);
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getReportingObligation", summary = "Một nghĩa vụ báo cáo")
  @APIResponse(responseCode = "200", description = "Nghĩa vụ báo cáo")
  public RestResponse<ReportingObligationDto> get(@PathParam("code") String code) {
    ReportingObligationDto obligation = service.get(code);
    return Etags.versioned(obligation, obligation.version());
  }

  @GET
  @Path("{code}/completeness")
  @Operation(
      operationId = "getReportingCompleteness",
      summary = "Tình hình báo cáo của một nghĩa vụ trong một kỳ",
      description =
          "Điểm nhân rộng phải báo cáo: thành lập trước khi kỳ kết thúc và chưa thanh loại trước"
              + " khi kỳ bắt đầu. Đã báo cáo: có giá trị cho một chỉ tiêu của nghĩa vụ trong kỳ"
              + " (nhập tay, API hay tệp đều tính); đúng hạn: giá trị đầu tiên trước hết ngày"
              + " hạn nộp (giờ Việt Nam). Hiện chỉ tính cho nghĩa vụ cấp POINT.")
  @APIResponse(responseCode = "200", description = "Số đơn vị phải, đã, chưa báo cáo")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public CompletenessDto completeness(
      @PathParam("code") String code,
      @QueryParam("period")
          @Parameter(
              description = "Kỳ đúng tần suất của nghĩa vụ (202406, 2024Q2, 2024S1, 2024)",
              example = "202406")
          String period,
      @QueryParam("provinceCode") @Parameter(description = "Bỏ trống: toàn quốc", example = "12")
          String provinceCode,
      @QueryParam("groupBy")
          @Parameter(
              description =
                  "Chia theo tỉnh (province) hay theo xã (commune, cần provinceCode); bỏ trống:"
                      + " không chia, groups rỗng",
              example = "province")
          String groupBy) {
    return completeness.completeness(code, period, provinceCode, groupBy);
  }

  @GET
  @Path("{code}/completeness/units")
  @Operation(
      operationId = "listReportingLateUnits",
      summary = "Điểm nộp muộn hoặc chưa nộp báo cáo trong một kỳ",
      description =
          "Các điểm phải báo cáo của nghĩa vụ trong kỳ mà chưa có giá trị (MISSING) hoặc giá trị"
              + " đầu tiên sau hạn nộp (LATE), theo tỉnh, xã, tên điểm (thứ tự cố định, sort không"
              + " áp dụng): danh sách để nhắc."
              + " Hiện chỉ tính cho nghĩa vụ cấp POINT.")
  @APIResponse(responseCode = "200", description = "Một trang điểm nộp muộn hoặc chưa nộp")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public PageResult<LateUnitDto> lateUnits(
      @PathParam("code") String code,
      @QueryParam("period")
          @Parameter(
              description = "Kỳ đúng tần suất của nghĩa vụ (202406, 2024Q2, 2024S1, 2024)",
              example = "202406")
          String period,
      @QueryParam("provinceCode") @Parameter(description = "Bỏ trống: toàn quốc", example = "12")
          String provinceCode,
      @QueryParam("communeCode") @Parameter(description = "Bỏ trống: mọi xã", example = "03549")
          String communeCode,
      @QueryParam("state")
          @Parameter(
              description = "late: nộp muộn; missing: chưa nộp; bỏ trống: cả hai",
              example = "missing")
          String state,
      @BeanParam PageParams paging) {
    return completeness.lateUnits(code, period, provinceCode, communeCode, state, paging);
  }

  @GET
  @Path("{code}/grid")
  @Operation(
      operationId = "getReportingGrid",
      summary = "Đơn vị × các kỳ gần đây, tô theo trạng thái",
      description =
          "Toàn quốc: các tỉnh; một tỉnh (provinceCode): các xã; một xã (communeCode): các điểm."
              + " Khi dòng là đơn vị báo cáo của nghĩa vụ, mỗi ô có trạng thái (NOT_DUE, MISSING,"
              + " LATE, ON_TIME, SUBMITTED, APPROVED, REOPENED); dòng gộp có số đếm.")
  @APIResponse(responseCode = "200", description = "Lưới tình hình báo cáo")
  public ReportingGridDto grid(
      @PathParam("code") String code,
      @QueryParam("provinceCode") @Parameter(example = "12") String provinceCode,
      @QueryParam("communeCode") @Parameter(example = "03549") String communeCode,
      @QueryParam("until")
          @Parameter(
              description = "Kỳ cuối (bỏ trống: kỳ đang chạy, giờ Việt Nam)",
              example = "202406")
          String until,
      @QueryParam("periods") @Parameter(description = "Số kỳ, 1 đến 24 (mặc định 6)", example = "6")
          Integer periods) {
    return grid.grid(code, provinceCode, communeCode, until, periods);
  }

  @POST
  @Operation(operationId = "createReportingObligation", summary = "Thêm nghĩa vụ báo cáo")
  @APIResponse(
      responseCode = "201",
      description = "Đã tạo",
      content = @Content(schema = @Schema(implementation = ReportingObligationDto.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<ReportingObligationDto> create(
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) ReportingObligationInput body) {
    ReportingObligationDto obligation = service.create(body);
    return Etags.created(
        "/api/v1/reporting-obligations/" + obligation.code(), obligation, obligation.version());
  }

  @PUT
  @Path("{code}")
  @Operation(operationId = "updateReportingObligation", summary = "Sửa nghĩa vụ báo cáo")
  @APIResponse(responseCode = "200", description = "Nghĩa vụ báo cáo sau khi sửa")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public RestResponse<ReportingObligationDto> update(
      @PathParam("code") String code,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = Inputs.BODY_REQUIRED) ReportingObligationInput body) {
    ReportingObligationDto obligation = service.update(code, body, ifMatch);
    return Etags.versioned(obligation, obligation.version());
  }
}
