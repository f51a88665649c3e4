package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.antq.registry.audit.CatalogueWrites;
import vn.antq.registry.audit.CatalogueWrites.Catalogue;
import vn.antq.registry.category.CategoryRepository;
import vn.antq.registry.common.FieldError;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.Where;
import vn.antq.registry.indicator.IndicatorRepository;
import vn.antq.registry.model.ModelRepository;

@ApplicationScoped
public class ReportingObligationService {

  /** The list filters; null: not filtered. */
  public record Filter(Frequency frequency, ReporterLevel reporterLevel, LocalDate activeOn) {}

  @Inject CatalogueWrites writes;
  @Inject ReportingObligationRepository obligations;
  @Inject ReportingObligationMapper mapper;
  @Inject IndicatorRepository indicators;
  @Inject CategoryRepository categories;
  @Inject ModelRepository models;

  private static final Map<String, String> SORTS =
      Map.of("code", "code", "name", "name", "validFrom", "validFrom");

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<ReportingObligationDto> list(Filter filter, PageParams paging) {
    return new Where()
        .eq("frequency", "frequency", filter.frequency())
        .eq("reporterLevel", "reporterLevel", filter.reporterLevel())
        .clause(
            "validFrom <= :activeOn and (validTo is null or validTo >= :activeOn)",
            "activeOn",
            filter.activeOn())
        .page(obligations, paging, SORTS, "code")
        .map(mapper::toDto);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportingObligationDto get(String code) {
    return mapper.toDto(obligations.require(code));
  }

  @Transactional
  public ReportingObligationDto create(ReportingObligationInput input) {
    return writes.create(
        catalogue(),
        input.code(),
        () -> {
          ReportingObligation obligation = new ReportingObligation();
          obligation.code = input.code();
          return obligation;
        },
        obligation -> write(obligation, input));
  }

  @Transactional
  public ReportingObligationDto update(
      String code, ReportingObligationInput input, String ifMatch) {
    return writes.update(
        catalogue(), code, input.code(), ifMatch, obligation -> write(obligation, input));
  }

  private void write(ReportingObligation obligation, ReportingObligationInput input) {
    List<FieldError> errors = check(input);
    if (!errors.isEmpty()) {
      throw ProblemException.unprocessable(errors);
    }
    mapper.update(obligation, input);
  }

  /** Every reference and cross-field rule at once, so that one answer names every bad field. */
  private List<FieldError> check(ReportingObligationInput input) {
    List<FieldError> errors = new ArrayList<>();
    codes(
        errors,
        "indicatorCodes",
        input.indicatorCodes(),
        code -> indicators.findById(code) != null,
        "chỉ tiêu",
        "indicator");
    AppliesTo appliesTo = input.appliesTo() == null ? AppliesTo.ALL : input.appliesTo();
    boolean hasModels = input.modelCodes() != null && !input.modelCodes().isEmpty();
    if (appliesTo == AppliesTo.CATEGORY) {
      if (input.categoryCode() == null) {
        errors.add(
            new FieldError(
                "categoryCode",
                "Thiếu lĩnh vực khi appliesTo = CATEGORY (categoryCode is required)"));
      } else if (!known(input.categoryCode(), code -> categories.findById(code) != null)) {
        errors.add(unknown("categoryCode", input.categoryCode(), "lĩnh vực", "category"));
      }
    } else if (input.categoryCode() != null) {
      errors.add(
          new FieldError(
              "categoryCode", "Chỉ dùng khi appliesTo = CATEGORY (only with appliesTo CATEGORY)"));
    }
    if (appliesTo == AppliesTo.MODELS) {
      if (!hasModels) {
        errors.add(
            new FieldError(
                "modelCodes",
                "Cần ít nhất một mô hình khi appliesTo = MODELS (modelCodes is required)"));
      }
      codes(errors, "modelCodes", input.modelCodes(), models::exists, "mô hình", "model");
    } else if (hasModels) {
      errors.add(
          new FieldError(
              "modelCodes", "Chỉ dùng khi appliesTo = MODELS (only with appliesTo MODELS)"));
    }
    if (input.validFrom() != null
        && input.validTo() != null
        && input.validTo().isBefore(input.validFrom())) {
      errors.add(
          new FieldError(
              "validTo",
              "Ngày hết hiệu lực phải từ ngày bắt đầu trở đi (validTo must not be before validFrom)"));
    }
    return errors;
  }

  private static void codes(
      List<FieldError> errors,
      String field,
      List<String> codes,
      Predicate<String> exists,
      String nounVi,
      String nounEn) {
    if (codes == null) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      String at = field + "[" + i + "]";
      if (!known(code, exists)) {
        errors.add(unknown(at, code, nounVi, nounEn));
      } else if (!seen.add(code)) {
        errors.add(
            new FieldError(
                at,
                "Mã '"
                    + Inputs.clip(code)
                    + "' lặp lại (duplicate "
                    + nounEn
                    + " '"
                    + Inputs.clip(code)
                    + "')"));
      }
    }
  }

  // A code with white space would find its trimmed twin under PAD SPACE collations (see Lookups).
  private static boolean known(String code, Predicate<String> exists) {
    return code != null && Inputs.isCode(code) && exists.test(code);
  }

  private static FieldError unknown(String field, String code, String nounVi, String nounEn) {
    return new FieldError(
        field, "Không có " + nounVi + " mã '" + Inputs.clip(code) + "' (unknown " + nounEn + ")");
  }

  private Catalogue<ReportingObligation, ReportingObligationDto> catalogue() {
    return new Catalogue<>(
        "reporting-obligation",
        "nghĩa vụ báo cáo",
        "nghĩa vụ báo cáo",
        obligations,
        obligations::require,
        mapper::toDto,
        obligation -> obligation.version);
  }
}
