package vn.antq.registry.reporting;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;

/**
 * A unit's report for an obligation and period: its status (and what the caller may do now), and
 * the steps submit, approve, reopen. {unit}: point id, commune code or province code, as the
 * obligation's reporterLevel says.
 */
@Path("/api/v1/reporting-obligations/{code}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reporting")
public class ReportResource {

  private static final String PERIOD =
      "Kỳ đúng tần suất của nghĩa vụ (202406, 2024Q2, 2024S1, 2024)";
  private static final String UNIT =
      "Mã điểm (POINT), mã xã (COMMUNE) hay mã tỉnh (PROVINCE), theo reporterLevel của nghĩa vụ";

  @Inject ReportWorkflowService workflow;

  @GET
  @Operation(
      operationId = "listReports",
      summary = "Báo cáo của các đơn vị phải báo cáo trong một kỳ",
      description =
          "Mọi đơn vị phải báo cáo của phạm vi (toàn quốc, một tỉnh, một xã) với trạng thái của"
              + " báo cáo; lọc theo state. Thứ tự cố định (tỉnh, xã, tên).")
  @APIResponse(responseCode = "200", description = "Một trang báo cáo")
  public PageResult<ReportStatusDto> list(
      @PathParam("code") @Parameter(example = "POINT_MONTHLY") String code,
      @QueryParam("period") @Parameter(description = PERIOD, example = "202406") String period,
      @QueryParam("provinceCode") @Parameter(description = "Bỏ trống: toàn quốc", example = "12")
          String provinceCode,
      @QueryParam("communeCode") @Parameter(description = "Bỏ trống: mọi xã", example = "03549")
          String communeCode,
      @QueryParam("state") @Parameter(description = "Chỉ một trạng thái", example = "SUBMITTED")
          String state,
      @BeanParam PageParams paging) {
    return workflow.list(code, period, provinceCode, communeCode, state, paging);
  }

  @GET
  @Path("{period}/{unit}")
  @Operation(
      operationId = "getReportStatus",
      summary = "Trạng thái báo cáo của một đơn vị và người gọi được làm gì",
      description =
          "Trước khi nhập tệp, một chương trình hỏi ở đây: `locked` và `may.edit` nói số liệu có"
              + " ghi được không; `may.submit`, `may.approve`, `may.reopen` và `why` nói bước nào"
              + " làm được và vì sao không.")
  @APIResponse(responseCode = "200", description = "Trạng thái báo cáo")
  public ReportStatusDto status(
      @PathParam("code") @Parameter(example = "POINT_MONTHLY") String code,
      @PathParam("period") @Parameter(description = PERIOD, example = "202406") String period,
      @PathParam("unit") @Parameter(description = UNIT, example = "12") String unit) {
    return workflow.status(code, period, unit);
  }

  @POST
  @Path("{period}/{unit}/submit")
  @Operation(
      operationId = "submitReport",
      summary = "Nộp báo cáo",
      description =
          "Người ghi số liệu của đơn vị nộp báo cáo (OPEN → SUBMITTED). Vi phạm quy tắc mức"
              + " ERROR chặn việc nộp (409). Nộp cũng tính là đã báo cáo, kể cả khi không có giá"
              + " trị nào.")
  @APIResponse(responseCode = "200", description = "Báo cáo sau khi nộp")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public ReportStatusDto submit(
      @PathParam("code") @Parameter(example = "POINT_MONTHLY") String code,
      @PathParam("period") @Parameter(description = PERIOD, example = "202406") String period,
      @PathParam("unit") @Parameter(description = UNIT, example = "12") String unit,
      @RequestBody(required = false) @Valid ReportStepInput body) {
    return workflow.submit(code, period, unit, body);
  }

  @POST
  @Path("{period}/{unit}/approve")
  @Operation(
      operationId = "approveReport",
      summary = "Duyệt báo cáo",
      description =
          "Cấp trên duyệt (SUBMITTED → APPROVED): báo cáo của điểm, xã do cán bộ tỉnh đó; báo"
              + " cáo của tỉnh do quản trị viên trung ương. Sau khi duyệt, số liệu của đơn vị cho"
              + " các chỉ tiêu của nghĩa vụ, trong kỳ và mọi kỳ nhỏ hơn trong kỳ, bị khóa.")
  @APIResponse(responseCode = "200", description = "Báo cáo sau khi duyệt")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public ReportStatusDto approve(
      @PathParam("code") @Parameter(example = "POINT_MONTHLY") String code,
      @PathParam("period") @Parameter(description = PERIOD, example = "202406") String period,
      @PathParam("unit") @Parameter(description = UNIT, example = "12") String unit,
      @RequestBody(required = false) @Valid ReportStepInput body) {
    return workflow.approve(code, period, unit, body);
  }

  @POST
  @Path("{period}/{unit}/reopen")
  @Operation(
      operationId = "reopenReport",
      summary = "Mở lại báo cáo",
      description =
          "Người duyệt mở lại báo cáo đã nộp hay đã duyệt (→ OPEN), bắt buộc có lý do (`reason`);"
              + " số liệu hết khóa.")
  @APIResponse(responseCode = "200", description = "Báo cáo sau khi mở lại")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public ReportStatusDto reopen(
      @PathParam("code") @Parameter(example = "POINT_MONTHLY") String code,
      @PathParam("period") @Parameter(description = PERIOD, example = "202406") String period,
      @PathParam("unit") @Parameter(description = UNIT, example = "12") String unit,
      @Valid ReportStepInput body) {
    return workflow.reopen(code, period, unit, body);
  }
}
