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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.common.Sorting;
import vn.antq.registry.common.Where;
import vn.antq.registry.security.Access;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

  @Inject RegistryClock clock;
  @Inject AuditRepository entries;
  @Inject AuditTrail trail;

  /** The most rows of one record's trail read to place its imported creation among them. */
  private static final int MAX_TRAIL = 10_000;

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
      Không có API nào sửa hay xóa được nhật ký. `from`/`to`: ngày (giờ Việt Nam) hoặc thời điểm ISO-8601. \
      Mỗi lần nhập tệp có một mục thực thể `import` (khóa: id lần nhập; người gửi, tệp và SHA-256, số dòng); \
      giá trị kết quả do tệp tạo mới không có mục riêng trong danh sách chung mà ghi nguồn là lần nhập đó: \
      hỏi theo `entity=outcome&key=<id>` sẽ trả mục CREATE (ai, khi nào, `importId`, `fileSha256`, giá trị lúc tạo). \
      Các lần sửa giá trị, kể cả bằng nhập tệp, luôn có mục riêng với giá trị trước.""")
  @APIResponse(responseCode = "200", description = "Một trang nhật ký, mới nhất trước")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public PageResult<AuditDto> list(
      @QueryParam("entity")
          @Parameter(
              description =
                  "model, replication-point, outcome, commune, province, indicator, model-category, import",
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
    io.quarkus.panache.common.Sort sort = Sorting.parse(paging.sort, SORTS, "-id");
    Optional<AuditDto> imported =
        trail
            .importedCreation(entity, key)
            .filter(
                e ->
                    (user == null || user.equals(e.username()))
                        && (province == null || province.equals(e.provinceCode()))
                        && inside(e.occurredAt(), instant("from", from, false), true)
                        && inside(e.occurredAt(), instant("to", to, true), false));
    PageResult<AuditDto> page =
        imported.isPresent()
            ? withCreation(where, sort, paging, imported.get())
            : where.page(entries, sort, paging).map(AuditDto::from);
    return withFiles(page);
  }

  private static boolean inside(Instant at, Instant bound, boolean lower) {
    return bound == null || (lower ? !at.isBefore(bound) : at.isBefore(bound));
  }

  /**
   * One record's trail with the CREATE its import answers for: the trail of one record is short, so
   * it is read whole, the creation put in its place and the page cut from that.
   */
  private PageResult<AuditDto> withCreation(
      Where where, io.quarkus.panache.common.Sort sort, PageParams params, AuditDto creation) {
    PageParams.Checked paging = params.check();
    List<AuditDto> all =
        new ArrayList<>(
            entries
                .find(where.hql(), sort, where.parameters())
                .range(0, MAX_TRAIL - 1)
                .list()
                .stream()
                .map(AuditDto::from)
                .toList());
    all.add(creation);
    all.sort(order(sort));
    long start = (long) paging.page() * paging.size();
    List<AuditDto> items =
        start >= all.size()
            ? List.of()
            : all.subList((int) start, (int) Math.min(all.size(), start + paging.size()));
    return new PageResult<>(List.copyOf(items), paging.page(), paging.size(), all.size());
  }

  private static Comparator<AuditDto> order(io.quarkus.panache.common.Sort sort) {
    Comparator<AuditDto> order = null;
    for (io.quarkus.panache.common.Sort.Column column : sort.getColumns()) {
      Comparator<AuditDto> by =
          "occurredAt".equals(column.getName())
              ? Comparator.comparing(AuditDto::occurredAt)
              : Comparator.comparing(
                  AuditDto::id, Comparator.nullsFirst(Comparator.naturalOrder()));
      if (column.getDirection() == io.quarkus.panache.common.Sort.Direction.Descending) {
        by = by.reversed();
      }
      order = order == null ? by : order.thenComparing(by);
    }
    return order;
  }

  /** The file hash of each entry an import wrote, one query per page. */
  private PageResult<AuditDto> withFiles(PageResult<AuditDto> page) {
    Set<Long> imports = new HashSet<>();
    for (AuditDto item : page.items()) {
      if (item.importId() != null && item.fileSha256() == null) {
        imports.add(item.importId());
      }
    }
    if (imports.isEmpty()) {
      return page;
    }
    Map<Long, ImportProvenance> provenances = entries.provenances(imports);
    return page.map(
        item ->
            item.importId() == null || item.fileSha256() != null
                ? item
                : item.withFile(
                    provenances.containsKey(item.importId())
                        ? provenances.get(item.importId()).fileSha256()
                        : null));
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
