package vn.antq.registry.commune;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Codes;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Where;
import vn.antq.registry.province.ProvinceRepository;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class CommuneService {

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject CommuneRepository communes;
  @Inject ProvinceRepository provinces;
  @Inject CommuneMapper mapper;

  private static final Map<String, String> SORTS =
      Map.of("code", "code", "name", "name", "provinceCode", "provinceCode", "type", "type");

  /** Named after the entity's fields: {@link Where#matching} reads them as equalities. */
  public record Filter(
      String provinceCode,
      CommuneType type,
      String q,
      Boolean border,
      Boolean hotspot,
      Boolean ethnicMinority) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<CommuneDto> list(Filter filter, PageParams paging) {
    return Where.matching(filter)
        .page(communes, paging, SORTS, "provinceCode,name,code")
        .map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public CommuneDto get(String code) {
    return mapper.toDto(communes.require(code));
  }

  @Transactional
  public CommuneDto create(CommuneInput input) {
    access.requireAdmin("danh mục xã");
    Codes.requireNew(
        input.code(),
        "Thiếu mã xã (code is required)",
        "xã",
        code -> communes.findById(code) != null);
    Commune commune = new Commune();
    commune.code = input.code();
    apply(commune, input);
    communes.persistAndFlush(commune);
    CommuneDto created = mapper.toDto(commune);
    audit.record(
        "commune",
        commune.code,
        AuditAction.CREATE,
        null,
        created,
        commune.provinceCode,
        commune.code);
    return created;
  }

  @Transactional
  public CommuneDto update(String code, CommuneInput input, String ifMatch) {
    access.requireAdmin("danh mục xã");
    Commune commune = communes.require(code);
    Etags.check(ifMatch, commune.version);
    CommuneDto before = mapper.toDto(commune);
    if (input.code() != null && !input.code().equals(code)) {
      throw ProblemException.unprocessable(
          "code",
          "Mã xã không đổi được: '"
              + Inputs.clip(input.code())
              + "' khác '"
              + Inputs.clip(code)
              + "' (code cannot change)");
    }
    apply(commune, input);
    communes.flush();
    CommuneDto after = mapper.toDto(commune);
    audit.record("commune", code, AuditAction.UPDATE, before, after, commune.provinceCode, code);
    return after;
  }

  private void apply(Commune commune, CommuneInput input) {
    provinces.reference("provinceCode", input.provinceCode());
    mapper.update(commune, input);
  }
}
