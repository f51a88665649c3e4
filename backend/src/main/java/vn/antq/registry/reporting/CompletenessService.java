package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.PageParams;
import vn.antq.registry.common.PageResult;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.QueryValues;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.province.Province;
import vn.antq.registry.province.ProvinceRepository;

/**
 * Who has reported for an obligation and period: the totals of a scope, optionally by province or
 * commune, and the late and missing points a department reminds.
 */
@ApplicationScoped
public class CompletenessService {

  @Inject ReportedUnits reported;
  @Inject ProvinceRepository provinces;
  @Inject CommuneRepository communes;

  @Transactional(Transactional.TxType.SUPPORTS)
  public CompletenessDto completeness(
      String code, String periodId, String provinceCode, String groupBy) {
    ReportedUnits.Target target = reported.target(code, periodId);
    String province = province(provinceCode);
    CompletenessGrouping grouping = grouping(groupBy, province);
    ReportedUnits.Report report = reported.report(target, province, null);
    Tally total = new Tally();
    report.units().forEach(total::add);
    return new CompletenessDto(
        report.obligationCode(),
        report.period().id(),
        province,
        report.dueDate(),
        total.expected,
        total.reported,
        total.onTime,
        total.reported - total.onTime,
        total.expected - total.reported,
        groups(grouping, province, report.units()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public PageResult<LateUnitDto> lateUnits(
      String code,
      String periodId,
      String provinceCode,
      String communeCode,
      String state,
      PageParams paging) {
    PageParams.Checked page = paging.check();
    ReportedUnits.Target target = reported.target(code, periodId);
    String province = province(provinceCode);
    CommuneRepository.Place place = commune(communeCode, province);
    String commune = place == null ? null : place.code();
    // The commune's province narrows the values read, as a province filter would.
    province = place == null ? province : place.provinceCode();
    LateUnitState only = QueryValues.enumValue(LateUnitState.class, "state", state);
    List<LateUnitDto> late = new ArrayList<>();
    for (ReportedUnits.Unit unit : reported.report(target, province, commune).units()) {
      if (unit.onTime()) {
        continue;
      }
      LateUnitState is = unit.reported() ? LateUnitState.LATE : LateUnitState.MISSING;
      if (only == null || only == is) {
        var p = unit.point();
        late.add(
            new LateUnitDto(
                p.id(),
                p.placeName(),
                p.modelCode(),
                p.communeCode(),
                p.provinceCode(),
                is,
                unit.firstValueAt()));
      }
    }
    int from = (int) Math.min(late.size(), (long) page.page() * page.size());
    return new PageResult<>(
        late.subList(from, Math.min(late.size(), from + page.size())),
        page.page(),
        page.size(),
        late.size());
  }

  /** Every province or commune of the scope, by code, with the counts of its points. */
  private List<CompletenessGroupDto> groups(
      CompletenessGrouping grouping, String province, List<ReportedUnits.Unit> units) {
    if (grouping == null) {
      return List.of();
    }
    Map<String, String> names = new TreeMap<>();
    Function<ReportedUnits.Unit, String> key;
    if (grouping == CompletenessGrouping.PROVINCE) {
      for (Province p : provinces.byName()) {
        if (province == null || province.equals(p.code)) {
          names.put(p.code, p.name);
        }
      }
      key = u -> u.point().provinceCode();
    } else {
      names.putAll(communes.namesIn(province));
      key = u -> u.point().communeCode();
    }
    Map<String, Tally> tallies = new HashMap<>();
    names.keySet().forEach(c -> tallies.put(c, new Tally()));
    for (ReportedUnits.Unit unit : units) {
      Tally tally = tallies.get(key.apply(unit));
      if (tally != null) {
        tally.add(unit);
      }
    }
    return names.entrySet().stream()
        .map(e -> tallies.get(e.getKey()).group(e.getKey(), e.getValue()))
        .toList();
  }

  private static CompletenessGrouping grouping(String groupBy, String province) {
    if (groupBy == null || groupBy.isBlank()) {
      return null;
    }
    CompletenessGrouping grouping;
    try {
      grouping = CompletenessGrouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest(
          "groupBy",
          "'"
              + Inputs.clip(groupBy)
              + "' không phải province hay commune (expected province or commune)");
    }
    if (grouping == CompletenessGrouping.COMMUNE && province == null) {
      throw ProblemException.badRequest(
          "groupBy", "Chia theo xã cần chọn tỉnh (groupBy=commune requires provinceCode)");
    }
    return grouping;
  }

  private String province(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    if (!Inputs.isCode(code) || !provinces.exists(code)) {
      throw ProblemException.badRequest(
          "provinceCode", "Không có tỉnh mã '" + Inputs.clip(code) + "' (unknown province)");
    }
    return code;
  }

  private CommuneRepository.Place commune(String code, String province) {
    if (code == null || code.isBlank()) {
      return null;
    }
    CommuneRepository.Place place = Inputs.isCode(code) ? communes.place(code).orElse(null) : null;
    if (place == null) {
      throw ProblemException.badRequest(
          "communeCode", "Không có xã mã '" + Inputs.clip(code) + "' (unknown commune)");
    }
    if (province != null && !province.equals(place.provinceCode())) {
      throw ProblemException.badRequest(
          "communeCode",
          "Xã '"
              + Inputs.clip(code)
              + "' không thuộc tỉnh '"
              + province
              + "' (the commune is in another province)");
    }
    return place;
  }

  /** Counts of expected points as they are added. */
  private static final class Tally {
    long expected;
    long reported;
    long onTime;

    void add(ReportedUnits.Unit unit) {
      expected++;
      if (unit.reported()) {
        reported++;
      }
      if (unit.onTime()) {
        onTime++;
      }
    }

    CompletenessGroupDto group(String code, String name) {
      return new CompletenessGroupDto(
          code, name, expected, reported, onTime, reported - onTime, expected - reported);
    }
  }
}
