package vn.antq.registry.audit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.common.Where;
import vn.antq.registry.security.Access;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

  @Inject RegistryClock clock;
  @Inject AuditRepository entries;

  private static final Map<String, String> SORTS = Map.of("id", "id", "occurredAt", "occurredAt");

  @Inject Access access;

  @GET
  @Transactional(Transactional.TxType.SUPPORTS)
  @Operation(
      operationId = "listAuditEntries",
      summary = "Nhật ký thay đổi",
      description =
          """
      Mọi lần tạo, sửa, xóa (qua API, bảng điều khiển hay nhập tệp): ai, khi nào, thực thể, khóa, giá trị trước và sau. \
      Quản trị viên trung ương xem tất cả; cán bộ tỉnh xem của tỉnh mình; vai trò khác nhận 403. \
      Không có API nào sửa hay xóa được nhật ký. `from`/`to`: ngày (giờ Việt Nam) hoặc thời điểm ISO-8601.""")
  @APIResponse(responseCode = "200", description = "Một trang nhật ký, mới nhất trước")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public PageResult<AuditDto> list(
      @QueryParam("entity")
          @Parameter(
              description =
                  "model, replication-point, outcome, commune, province, indicator, model-category",
              example = "model")
          String entity,
      @QueryParam("key")
          @Parameter(
              description = "Khóa của bản ghi (mã mô hình, mã điểm...)",
              example = "LCU-DHTQ")
          String key,
      @QueryParam("user")
          @Parameter(description = "Tên đăng nhập hoặc client", example = "laichau.officer")
          String user,
      @QueryParam("from")
          @Parameter(description = "Từ (ngày hoặc thời điểm)", example = "2026-11-01")
          String from,
      @QueryParam("to")
          @Parameter(description = "Đến hết (ngày hoặc thời điểm)", example = "2026-11-30")
          String to,
      @BeanParam PageParams paging) {
    String province = access.auditScope();
    Where where =
        new Where()
            .eq("entity", "entity", entity)
            .eq("entityKey", "entityKey", key)
            .eq("username", "username", user)
            .eq("provinceCode", "provinceCode", province)
            .clause("occurredAt >= :from", "from", instant("from", from, false))
            .clause("occurredAt < :to", "to", instant("to", to, true));
    return where.page(entries, paging, SORTS, "-id").map(AuditDto::from);
  }

  /**
   * A date means the whole day in the registry's zone (Việt Nam): `to=2026-11-21` includes that
   * day.
   */
  private Instant instant(String field, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(clock.zone()).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest(
          field,
          "'"
              + Inputs.clip(value)
              + "' không phải ngày (2026-11-21) hay thời điểm ISO-8601 (2026-11-21T08:00:00Z) (invalid date)");
    }
  }
}
