package vn.antq.registry.point;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.common.Text;
import vn.antq.registry.common.Where;
import vn.antq.registry.commune.Commune;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.legacy.LegacyCodes;
import vn.antq.registry.model.ModelRepository;
import vn.antq.registry.model.ModelStatus;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class PointService {

  @Inject RegistryClock clock;

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject LegacyCodes legacy;
  @Inject PointRepository points;
  @Inject ModelRepository models;
  @Inject CommuneRepository communes;
  @Inject PointUsage usage;
  @Inject Event<PointMoved> moved;
  @Inject PointMapper mapper;

  private static final Map<String, String> SORTS =
      Map.of(
          "id",
          "id",
          "placeName",
          "placeName",
          "establishedOn",
          "establishedOn",
          "memberCount",
          "memberCount",
          "teamCount",
          "teamCount",
          "communeCode",
          "communeCode",
          "modelCode",
          "modelCode",
          "updatedAt",
          "updatedAt");

  /** Named after the entity's fields: {@link Where#matching} reads them as equalities. */
  public record Filter(
      String modelCode,
      String provinceCode,
      String communeCode,
      ModelStatus status,
      PlaceType placeType,
      String externalId,
      String q) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<PointDto> list(Filter filter, PageParams paging) {
    return Where.matching(filter).page(points, paging, SORTS, "id").map(this::view);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PointDto get(long id) {
    return view(points.require(id));
  }

  private PointDto view(ReplicationPoint point) {
    return mapper.toDto(point, access.seesLeadersOf(point.provinceCode, point.communeCode));
  }

  @Transactional
  public PointDto create(PointInput given) {
    LegacyCodes.Mapped commune = legacy.commune("communeCode", given.communeCode());
    PointInput input = mapper.withCommune(given, commune.code());
    ReplicationPoint point = new ReplicationPoint();
    apply(point, input, null);
    point.legacyCode = commune.legacy();
    access.requireCommune(point.communeCode, point.provinceCode);
    if (point.status == null) {
      point.status = ModelStatus.ACTIVE;
    }
    point.statusSince =
        input.statusSince() != null
            ? input.statusSince()
            : input.establishedOn() != null ? input.establishedOn() : clock.today();
    points.persistAndFlush(point);
    PointDto created = mapper.toDto(point, true);
    audit.record(
        "replication-point",
        point.id,
        AuditAction.CREATE,
        null,
        created,
        point.provinceCode,
        point.communeCode);
    return view(point);
  }

  @Transactional
  public PointDto update(long id, PointInput given, String ifMatch) {
    LegacyCodes.Mapped commune = legacy.commune("communeCode", given.communeCode());
    PointInput input = mapper.withCommune(given, commune.code());
    ReplicationPoint point = points.require(id);
    access.requireCommune(point.communeCode, point.provinceCode);
    Etags.check(ifMatch, point.version);
    PointDto before = mapper.toDto(point, true);
    String oldCommune = point.communeCode;
    String oldModel = point.modelCode;
    ModelStatus oldStatus = point.status;
    apply(point, input, id);
    point.legacyCode = commune.legacy();
    if (!point.communeCode.equals(oldCommune)) {
      access.requireCommune(point.communeCode, point.provinceCode);
    }
    if (point.status != oldStatus) {
      point.statusSince = input.statusSince() != null ? input.statusSince() : clock.today();
    }
    points.flush();
    if (!point.communeCode.equals(oldCommune) || !point.modelCode.equals(oldModel)) {
      moved.fire(new PointMoved(point.id, point.modelCode, point.communeCode, point.provinceCode));
    }
    audit.record(
        "replication-point",
        id,
        AuditAction.UPDATE,
        before,
        mapper.toDto(point, true),
        point.provinceCode,
        point.communeCode);
    return view(point);
  }

  @Transactional
  public void delete(long id) {
    ReplicationPoint point = points.require(id);
    access.requireCommune(point.communeCode, point.provinceCode);
    long outcomes = usage.outcomesOf(id);
    if (outcomes > 0) {
      throw ProblemException.conflict(
          "Điểm "
              + id
              + " đã có "
              + outcomes
              + " kết quả; hãy chuyển trạng thái sang RETIRED thay vì xóa (point has outcomes; retire it instead)");
    }
    PointDto before = mapper.toDto(point, true);
    points.delete(point);
    audit.record(
        "replication-point",
        id,
        AuditAction.DELETE,
        before,
        null,
        before.provinceCode(),
        before.communeCode());
  }

  private void apply(ReplicationPoint point, PointInput input, Long selfId) {
    List<FieldError> errors = new ArrayList<>();
    Commune commune = null;
    try {
      models.reference("modelCode", input.modelCode());
    } catch (ProblemException e) {
      errors.addAll(e.errors);
    }
    try {
      commune = communes.reference("communeCode", input.communeCode());
    } catch (ProblemException e) {
      errors.addAll(e.errors);
    }
    String externalId = Text.clean(input.externalId());
    if (externalId != null) {
      ReplicationPoint other = points.byExternalId(externalId);
      if (other != null && !other.id.equals(selfId)) {
        errors.add(
            new FieldError(
                "externalId",
                "Mã ngoài '"
                    + Inputs.clip(externalId)
                    + "' đã dùng cho điểm "
                    + other.id
                    + " (externalId already used)"));
      }
    }
    int members = input.memberCount() == null ? 0 : input.memberCount();
    int core = input.coreMemberCount() == null ? 0 : input.coreMemberCount();
    if (core > members) {
      errors.add(
          new FieldError(
              "coreMemberCount",
              "Số người nòng cốt ("
                  + core
                  + ") lớn hơn số thành viên ("
                  + members
                  + ") (more core members than members)"));
    }
    if ((input.latitude() == null) != (input.longitude() == null)) {
      errors.add(
          new FieldError(
              input.latitude() == null ? "latitude" : "longitude",
              "Cần cả vĩ độ và kinh độ (both latitude and longitude)"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(errors);
    }
    mapper.update(point, input);
    // Found by this very code (an ASCII code, no white space), so the commune's code is the
    // input's.
    point.provinceCode = commune.provinceCode;
  }
}
