package vn.antq.registry.province;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.Where;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class ProvinceService {

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject ProvinceRepository provinces;
  @Inject ProvinceMapper mapper;

  private static final Map<String, String> SORTS =
      Map.of("code", "code", "name", "name", "population", "population", "areaKm2", "areaKm2");

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ProvinceDto> list(String q, PageParams paging) {
    Where where = new Where().search("searchText", q);
    return where.page(provinces, paging, SORTS, "code").map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ProvinceDto get(String code) {
    return mapper.toDto(provinces.require(code));
  }

  @Transactional
  public ProvinceDto update(String code, ProvinceUpdate update, String ifMatch) {
    access.requireAdmin("tỉnh");
    Province province = provinces.require(code);
    Etags.check(ifMatch, province.version);
    ProvinceDto before = mapper.toDto(province);
    mapper.update(province, update);
    provinces.flush();
    ProvinceDto after = mapper.toDto(province);
    audit.record("province", code, AuditAction.UPDATE, before, after, code, null);
    return after;
  }
}
