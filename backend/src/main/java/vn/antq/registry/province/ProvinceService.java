package vn.antq.registry.province;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Sorting;
import vn.antq.registry.common.Where;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class ProvinceService {

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject ProvinceMapper mapper;

  private static final Map<String, String> SORTS =
      Map.of("code", "code", "name", "name", "population", "population", "areaKm2", "areaKm2");

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ProvinceDto> list(String q, PageParams paging) {
    Where where = new Where().search("searchText", q);
    return where
        .page(
            Province.<Province>find(
                where.hql(), Sorting.parse(paging.sort, SORTS, "code"), where.parameters()),
            paging)
        .map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ProvinceDto get(String code) {
    return mapper.toDto(require(code));
  }

  @Transactional
  public ProvinceDto update(String code, ProvinceUpdate update, String ifMatch) {
    access.requireAdmin("tỉnh");
    Province province = require(code);
    Etags.check(ifMatch, province.version);
    ProvinceDto before = mapper.toDto(province);
    mapper.update(province, update);
    province.flush();
    ProvinceDto after = mapper.toDto(province);
    audit.record("province", code, AuditAction.UPDATE, before, after, code, null);
    return after;
  }

  /** The province or 404: for path parameters. */
  public static Province require(String code) {
    Province province = Province.findById(code);
    if (province == null) {
      throw ProblemException.notFound("tỉnh", code);
    }
    return province;
  }

  /** The province or 422 naming the field: for codes inside a request body. */
  public static Province reference(String field, String code) {
    // A code with white space would find its trimmed twin under MariaDB's PAD SPACE collations.
    Province province = code == null || !Inputs.isCode(code) ? null : Province.findById(code);
    if (province == null) {
      throw ProblemException.unprocessable(
          field, "Không có tỉnh mã '" + Inputs.clip(code) + "' (unknown province)");
    }
    return province;
  }
}
