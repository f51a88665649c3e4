package vn.antq.registry.outcome;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ListExport;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.common.RecordColumns;

@Path("/api/v1/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "outcomes")
public class OutcomeResource {

  /** The import's columns: an export imports back as it is. */
  private static final RecordColumns<OutcomeDto> EXPORT =
      RecordColumns.of(OutcomeDto.class, OutcomeImporter.COLUMNS.exported());

  @Inject OutcomeService service;

  @Inject OutcomeTotals totals;

  @POST
  @Operation(
      operationId = "postOutcomes",
      summary = "Ghi kết quả theo lô",
      description =
          """
      Mỗi giá trị: chỉ tiêu, kỳ, giá trị và đơn vị báo cáo. Cùng (chỉ tiêu, kỳ, đơn vị) gửi lại thì thay giá trị cũ \
      (idempotent). Có bất kỳ giá trị sai nào thì không ghi gì và trả 422 kèm danh sách xung đột. Tối đa 10.000 giá trị mỗi lần.""")
  @APIResponse(responseCode = "200", description = "Tất cả đã được ghi")
  @APIResponse(
      responseCode = "422",
      description = "Có giá trị sai; không ghi gì",
      content =
          @Content(
              mediaType = "application/problem+json",
              schema = @Schema(ref = "OutcomeBatchRejection")))
  @APIResponse(responseCode = "409", ref = "ReportLocked")
  public OutcomeBatchResult upsert(OutcomeBatch body) {
    return service.upsert(body);
  }

  @GET
  @Operation(
      operationId = "listOutcomes",
      summary = "Các giá trị kết quả đã lưu",
      description =
          "`period` lọc đúng kỳ đã lưu; `within` lấy mọi giá trị nằm trong một kỳ (vd. `within=2024` gồm cả tháng, quý, nửa năm của 2024). Với `Accept: text/csv` hoặc `?format=csv`: toàn bộ danh sách đã lọc dưới dạng tệp nhập kết quả (nhập lại không thay đổi gì).")
  @APIResponse(responseCode = "200", description = "Một trang giá trị")
  public PageResult<OutcomeDto> list(
      @QueryParam("indicatorCode") @Parameter(example = "TIPS_RECEIVED") String indicatorCode,
      @QueryParam("period")
          @Parameter(
              description = "Đúng kỳ đã lưu",
              example = "202403",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
          Period period,
      @QueryParam("within")
          @Parameter(
              description = "Mọi giá trị nằm trong kỳ này",
              example = "2024S1",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
          Period within,
      @QueryParam("provinceCode") @Parameter(example = "12") String provinceCode,
      @QueryParam("communeCode") String communeCode,
      @QueryParam("modelCode") String modelCode,
      @QueryParam("pointId")
          @Parameter(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER))
          String pointId,
      @QueryParam("unitType") @Parameter(schema = @Schema(implementation = UnitType.class))
          String unitType,
      @BeanParam PageParams paging) {
    return service.list(
        filter(
            indicatorCode, period, within, provinceCode, communeCode, modelCode, pointId, unitType),
        paging);
  }

  /**
   * The same list as CSV (Accept: text/csv or ?format=csv): an outcomes import file that
   * round-trips.
   */
  @GET
  @Produces({ListExport.TEXT_CSV_LOW, ListExport.XLSX_LOW})
  @Operation(hidden = true)
  public Response export(
      @Context HttpHeaders request,
      @QueryParam("indicatorCode") String indicatorCode,
      @QueryParam("period") Period period,
      @QueryParam("within") Period within,
      @QueryParam("provinceCode") String provinceCode,
      @QueryParam("communeCode") String communeCode,
      @QueryParam("modelCode") String modelCode,
      @QueryParam("pointId") String pointId,
      @QueryParam("unitType") String unitType,
      @QueryParam("sort") String sort) {
    OutcomeService.Filter filter =
        filter(
            indicatorCode, period, within, provinceCode, communeCode, modelCode, pointId, unitType);
    return ListExport.response(
        request, "ket-qua", EXPORT, sort, paging -> service.list(filter, paging));
  }

  private static OutcomeService.Filter filter(
      String indicatorCode,
      Period period,
      Period within,
      String provinceCode,
      String communeCode,
      String modelCode,
      String pointId,
      String unitType) {
    return new OutcomeService.Filter(
        indicatorCode,
        period == null ? null : period.id(),
        within,
        provinceCode,
        communeCode,
        modelCode,
        QueryValues.number("pointId", pointId),
        QueryValues.enumValue(UnitType.class, "unitType", unitType));
  }

  @GET
  @Path("summary")
  @Operation(
      operationId = "getOutcomeTotals",
      summary = "Tổng hợp kết quả theo kỳ",
      description =
          """
      Cộng dồn theo quy tắc kỳ: tháng vào quý, nửa năm, năm; giá trị báo cáo cho kỳ lớn chỉ tính cho kỳ đó và kỳ lớn hơn, \
      không chia nhỏ; mỗi giá trị chỉ tính một lần. `period` nhận nhiều kỳ cách nhau bởi dấu phẩy (tối đa 60), mỗi kỳ \
      được tổng hợp riêng; không có `period` thì cộng mọi giá trị và nhóm `period` theo kỳ đã lưu. \
      Số liệu luôn tức thời: các bảng tổng hợp được cập nhật trong cùng giao dịch với mỗi lần ghi, không có bước dựng lại.""")
  @APIResponse(responseCode = "200", description = "Các dòng tổng hợp")
  public TotalsResponse summary(
      @QueryParam("groupBy")
          @Parameter(
              description =
                  "Nhóm theo (cách nhau bởi dấu phẩy): provinceCode, communeCode, modelCode, indicatorCode, period",
              example = "provinceCode,indicatorCode")
          String groupBy,
      @QueryParam("period")
          @Parameter(
              description = "Một hoặc nhiều kỳ",
              example = "2024S1",
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
          Periods period,
      @QueryParam("provinceCode") @Parameter(example = "12") String provinceCode,
      @QueryParam("communeCode") String communeCode,
      @QueryParam("modelCode") String modelCode,
      @QueryParam("indicatorCode") String indicatorCode,
      @QueryParam("pointId")
          @Parameter(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER))
          String pointId) {
    List<OutcomeTotals.Dimension> dimensions = new ArrayList<>();
    if (groupBy != null && !groupBy.isBlank()) {
      for (String name : groupBy.split(",")) {
        OutcomeTotals.Dimension dimension;
        try {
          dimension = OutcomeTotals.Dimension.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
          throw ProblemException.badRequest(
              "groupBy",
              "Không nhóm được theo '"
                  + Inputs.clip(name.strip())
                  + "'; cho phép: provinceCode, communeCode, modelCode, indicatorCode, period (unsupported groupBy)");
        }
        if (!dimensions.contains(dimension)) {
          dimensions.add(dimension);
        }
      }
    }
    List<Period> periods = period == null ? List.of() : period.values();
    return new TotalsResponse(
        totals.totals(
            dimensions,
            periods,
            new OutcomeTotals.Scope(
                blankToNull(provinceCode),
                blankToNull(communeCode),
                blankToNull(modelCode),
                blankToNull(indicatorCode),
                QueryValues.number("pointId", pointId))));
  }

  @DELETE
  @Path("{id}")
  @Operation(operationId = "deleteOutcome", summary = "Xóa một giá trị kết quả")
  @APIResponse(responseCode = "204", description = "Đã xóa")
  @APIResponse(responseCode = "409", ref = "ReportLocked")
  public void delete(@PathParam("id") String id) {
    service.delete(QueryValues.pathId("kết quả", id));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
