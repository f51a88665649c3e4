package vn.antq.registry.outcome;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/outcome-totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outcomes")
public class TotalsDriftResource {

  @Inject TotalsDrift drift;

  @GET
  @Path("drift")
  @Operation(
      operationId = "checkOutcomeTotals",
      summary = "Kiểm tra bảng tổng hợp kết quả",
      description =
          "Quản trị viên trung ương. Tính lại mọi tổng từ các giá trị đã lưu và liệt kê các dòng lệch; không thay đổi gì.")
  @APIResponse(responseCode = "200", description = "Kết quả so sánh")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public TotalsDriftDto check() {
    return drift.run(false);
  }

  @POST
  @Path("recompute")
  @Operation(
      operationId = "recomputeOutcomeTotals",
      summary = "Tính lại bảng tổng hợp kết quả",
      description =
          "Quản trị viên trung ương. Như kiểm tra, rồi thay các dòng lệch bằng phép tính lại trong cùng giao dịch;"
              + " các lệnh ghi đồng thời chờ đến khi xong.")
  @APIResponse(responseCode = "200", description = "Kết quả so sánh trước khi thay")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public TotalsDriftDto recompute() {
    return drift.run(true);
  }
}
