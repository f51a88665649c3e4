package vn.antq.registry.model;

import io.quarkus.arc.All;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.antq.registry.audit.AuditAction;
import vn.antq.registry.audit.AuditLog;
import vn.antq.registry.category.CategoryRepository;
import vn.antq.registry.common.Codes;
import vn.antq.registry.common.Etags;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.common.Where;
import vn.antq.registry.commune.Commune;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.legacy.LegacyCodes;
import vn.antq.registry.province.ProvinceRepository;
import vn.antq.registry.security.Access;

@ApplicationScoped
public class ModelService {

  @Inject RegistryClock clock;

  @Inject Access access;
  @Inject ModelCodes codes;
  @Inject AuditLog audit;
  @Inject LegacyCodes legacy;
  @Inject ModelRepository models;
  @Inject ModelStatusRepository statusChanges;
  @Inject CategoryRepository categories;
  @Inject ProvinceRepository provinces;
  @Inject CommuneRepository communes;
  @Inject @All List<ModelUsage> usages;
  @Inject ModelMapper mapper;

  private static final Map<String, String> SORTS =
      Map.of(
          "code",
          "code",
          "name",
          "name",
          "startedOn",
          "startedOn",
          "recognizedOn",
          "recognizedOn",
          "provinceCode",
          "provinceCode",
          "categoryCode",
          "categoryCode",
          "updatedAt",
          "updatedAt");

  /** Named after the entity's fields: {@link Where#matching} reads them as equalities. */
  public record Filter(
      String provinceCode,
      String categoryCode,
      RecognitionLevel recognitionLevel,
      ModelStatus status,
      String q) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ModelDto> list(Filter filter, PageParams paging) {
    return Where.matching(filter).page(models, paging, SORTS, "name,code").map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ModelDto get(String code) {
    return mapper.toDto(models.require(code));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ModelHistoryDto> history(String code, PageParams paging) {
    models.require(code);
    Where where = new Where().eq("modelCode", "modelCode", code);
    return where.page(statusChanges, Sort.by("id"), paging).map(ModelHistoryDto::from);
  }

  @Transactional
  public ModelDto create(ModelInput given) {
    Units units = units(given);
    ModelInput input = units.input();
    access.requireModel(input.provinceCode());
    if (input.recognitionLevel() == RecognitionLevel.NATIONAL) {
      access.requireNationalRecognition();
    }
    Model model = new Model();
    // Checked references first: a code is drawn only for a model that can be stored.
    apply(model, input);
    String code = input.code() != null ? input.code() : codes.next(input.provinceCode());
    codes.issue(code);
    model.code = code;
    model.legacyCode = units.legacy();
    if (model.status == null) {
      model.status = ModelStatus.ACTIVE;
    }
    model.statusSince = firstNonNull(input.statusSince(), input.startedOn(), clock.today());
    requireReason(model.status, model.statusReason);
    models.persistAndFlush(model);
    record(model, null);
    ModelDto created = mapper.toDto(model);
    audit.record(
        "model", code, AuditAction.CREATE, null, created, model.provinceCode, model.communeCode);
    return created;
  }

  @Transactional
  public ModelDto update(String code, ModelInput given, String ifMatch) {
    Units units = units(given);
    ModelInput input = units.input();
    Model model = models.require(code);
    access.requireModel(model.provinceCode);
    if (!model.provinceCode.equals(input.provinceCode())) {
      access.requireModel(input.provinceCode());
    }
    if ((input.recognitionLevel() == RecognitionLevel.NATIONAL)
        != (model.recognitionLevel == RecognitionLevel.NATIONAL)) {
      access.requireNationalRecognition();
    }
    Etags.check(ifMatch, model.version);
    ModelDto before = mapper.toDto(model);
    Codes.requireUnchanged(input.code(), code, "Mã mô hình không đổi được (code cannot change)");
    ModelStatus previous = model.status;
    apply(model, input);
    model.legacyCode = units.legacy();
    requireReason(model.status, model.statusReason);
    if (model.status != previous) {
      model.statusSince = input.statusSince() != null ? input.statusSince() : clock.today();
      record(model, previous);
    }
    models.flush();
    ModelDto after = mapper.toDto(model);
    audit.record(
        "model", code, AuditAction.UPDATE, before, after, model.provinceCode, model.communeCode);
    return after;
  }

  @Transactional
  public void delete(String code) {
    Model model = models.require(code);
    access.requireModel(model.provinceCode);
    List<String> uses = new ArrayList<>();
    long total = 0;
    for (ModelUsage usage :
        usages.stream().sorted(Comparator.comparingInt(ModelUsage::order)).toList()) {
      long count = usage.count(code);
      total += count;
      uses.add(count + " " + usage.noun());
    }
    if (total > 0) {
      throw ProblemException.conflict(
          "Mô hình '"
              + Inputs.clip(code)
              + "' còn "
              + String.join(" và ", uses)
              + "; hãy chuyển trạng thái sang RETIRED (thanh loại) thay vì xóa (model has points or outcomes; retire it instead)");
    }
    ModelDto before = mapper.toDto(model);
    statusChanges.delete("modelCode", code);
    models.delete(model);
    audit.record(
        "model",
        code,
        AuditAction.DELETE,
        before,
        null,
        before.provinceCode(),
        before.communeCode());
  }

  private record Units(ModelInput input, String legacy) {}

  /** Pre-2025 codes become their 2025 successors; the old code given is kept. */
  private Units units(ModelInput input) {
    LegacyCodes.Mapped commune = legacy.commune("communeCode", input.communeCode());
    LegacyCodes.Mapped province = legacy.province("provinceCode", input.provinceCode());
    String provinceCode = province.code();
    if (commune.legacy() != null && province.legacy() != null) {
      // An old province with an old commune: the commune's 2025 province decides.
      provinceCode =
          communes.findByIdOptional(commune.code()).map(c -> c.provinceCode).orElse(provinceCode);
    }
    return new Units(
        mapper.withUnits(input, provinceCode, commune.code()),
        commune.legacy() != null ? commune.legacy() : province.legacy());
  }

  private void apply(Model model, ModelInput input) {
    List<FieldError> errors = new ArrayList<>();
    check(errors, () -> categories.reference("categoryCode", input.categoryCode()));
    check(errors, () -> provinces.reference("provinceCode", input.provinceCode()));
    if (input.communeCode() != null) {
      check(
          errors,
          () -> {
            Commune commune = communes.reference("communeCode", input.communeCode());
            if (!commune.provinceCode.equals(input.provinceCode())) {
              throw ProblemException.unprocessable(
                  "communeCode",
                  "Xã '"
                      + Inputs.clip(commune.code)
                      + "' thuộc tỉnh "
                      + commune.provinceCode
                      + ", không thuộc tỉnh "
                      + input.provinceCode()
                      + " (commune is in another province)");
            }
          });
    }
    if (input.recognizedOn() != null
        && input.startedOn() != null
        && input.recognizedOn().isBefore(input.startedOn())) {
      errors.add(
          new FieldError(
              "recognizedOn", "Ngày công nhận trước ngày bắt đầu (recognised before it started)"));
    }
    if ((input.recognizedOn() != null || input.recognitionDecision() != null)
        && input.recognitionLevel() == null) {
      errors.add(
          new FieldError(
              "recognitionLevel",
              "Có ngày hoặc quyết định công nhận thì phải có cấp công nhận (recognitionLevel required)"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(errors);
    }
    mapper.update(model, input);
  }

  /** Collects every 422 of a body at once, so the client fixes all fields in one round. */
  private static void check(List<FieldError> errors, Runnable rule) {
    try {
      rule.run();
    } catch (ProblemException e) {
      if (e.errors == null) {
        throw e;
      }
      errors.addAll(e.errors);
    }
  }

  private static void requireReason(ModelStatus status, String reason) {
    if (status != ModelStatus.ACTIVE && reason == null) {
      throw ProblemException.unprocessable(
          "statusReason", "Trạng thái " + status + " cần ghi lý do (statusReason required)");
    }
  }

  private void record(Model model, ModelStatus previous) {
    ModelStatusChange change = new ModelStatusChange();
    change.modelCode = model.code;
    change.previousStatus = previous;
    change.status = model.status;
    change.reason = model.statusReason;
    change.effectiveOn = model.statusSince;
    change.recordedAt = Instant.now();
    statusChanges.persist(change);
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
