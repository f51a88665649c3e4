package vn.antq.registry.point;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/point-census")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "replicationPoints")
public class PointCensusDriftResource {

  @Inject PointCensusDrift drift;

  @GET
  @Path("drift")
  @Operation(
      operationId = "checkPointCensus",
      summary = "Kiểm tra bảng đếm điểm nhân rộng",
      description =
          "Quản trị viên trung ương. Đếm lại điểm, đội, thành viên theo ngày và xã có điểm hoạt động từ các điểm"
              + " đã lưu, liệt kê các dòng lệch; không thay đổi gì.")
  @APIResponse(responseCode = "200", description = "Kết quả so sánh")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public PointCensusDriftDto check() {
    return drift.run(false);
  }

  @POST
  @Path("recompute")
  @Operation(
      operationId = "recomputePointCensus",
      summary = "Tính lại bảng đếm điểm nhân rộng",
      description =
          "Quản trị viên trung ương. Như kiểm tra, rồi thay các dòng lệch bằng phép tính lại trong cùng giao dịch;"
              + " các lệnh ghi điểm đồng thời chờ đến khi xong.")
  @APIResponse(responseCode = "200", description = "Kết quả so sánh trước khi thay")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public PointCensusDriftDto recompute() {
    return drift.run(true);
  }
}
