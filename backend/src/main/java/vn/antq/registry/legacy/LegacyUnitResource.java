package vn.antq.registry.legacy;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Where;

@Path("/api/v1/legacy-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "communes")
public class LegacyUnitResource {

  @Inject LegacyRepository units;
  @Inject LegacyCodes codes;

  private static final Map<String, String> SORTS = Map.of("code", "code", "name", "name");

  @GET
  @Transactional(Transactional.TxType.SUPPORTS)
  @Operation(
      operationId = "listLegacyUnits",
      summary = "Đơn vị hành chính trước 2025",
      description = "Lọc theo tỉnh cũ, cấp; `q` tìm theo tên, không dấu.")
  @APIResponse(responseCode = "200", description = "Một trang đơn vị cũ, kèm đơn vị kế thừa")
  public PageResult<LegacyUnitDto> list(
      @QueryParam("provinceCode") @Parameter(description = "Mã tỉnh cũ", example = "12")
          String provinceCode,
      @QueryParam("level") @Parameter(description = "PROVINCE, DISTRICT hoặc COMMUNE") String level,
      @QueryParam("q") @Parameter(example = "muong so") String q,
      @BeanParam PageParams paging) {
    Where where =
        new Where()
            .eq("provinceCode", "provinceCode", provinceCode)
            .eq("level", "level", level == null ? null : level.toUpperCase())
            .search("searchText", q);
    return where.page(units, paging, SORTS, "code").map(this::view);
  }

  @GET
  @Path("{code}")
  @Transactional(Transactional.TxType.SUPPORTS)
  @Operation(
      operationId = "getLegacyUnit",
      summary = "Một đơn vị cũ và (các) đơn vị kế thừa",
      description =
          "Một đơn vị kế thừa: mã cũ được chấp nhận như mã mới. Nhiều đơn vị kế thừa: đơn vị đã bị chia tách.")
  @APIResponse(responseCode = "200", description = "Đơn vị cũ")
  public LegacyUnitDto get(@PathParam("code") @Parameter(example = "03589") String code) {
    LegacyUnit unit = units.findById(code);
    if (unit == null) {
      throw ProblemException.notFound("đơn vị hành chính cũ", code);
    }
    return view(unit);
  }

  LegacyUnitDto view(LegacyUnit unit) {
    List<LegacyUnitDto.Successor> successors = codes.successorsOf(unit.code);
    return new LegacyUnitDto(
        unit.code,
        unit.level,
        unit.name,
        unit.fullName,
        unit.parentCode,
        unit.provinceCode,
        successors.size() > 1,
        successors);
  }
}
