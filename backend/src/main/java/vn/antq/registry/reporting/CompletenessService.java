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
  @Inject CompletenessScopes scopes;

  @Transactional(Transactional.TxType.SUPPORTS)
  public CompletenessDto completeness(
      String code, String periodId, String provinceCode, String groupBy) {
    ReportedUnits.Target target = reported.target(code, periodId);
    String province = scopes.province(provinceCode);
    CompletenessGrouping grouping = grouping(groupBy, province);
    ReportedUnits.Roll report = reported.roll(target, province, null);
    Tally total = new Tally();
    report.units().forEach(total::add);
    return new CompletenessDto(
        report.obligation().code,
        report.period().id(),
        province,
        report.dueDate(),
        report.inForce(),
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
    CompletenessScopes.Scope scope = scopes.scope(provinceCode, communeCode);
    String province = scope.provinceCode();
    String commune = scope.communeCode();
    LateUnitState only = QueryValues.enumValue(LateUnitState.class, "state", state);
    List<LateUnitDto> late = new ArrayList<>();
    for (ReportedUnits.Unit unit : reported.roll(target, province, commune).units()) {
      if (unit.onTime()) {
        continue;
      }
      LateUnitState is = unit.reported() ? LateUnitState.LATE : LateUnitState.MISSING;
      if (only == null || only == is) {
        ReportUnit u = unit.unit();
        late.add(
            new LateUnitDto(
                u.level(),
                u.key(),
                u.name(),
                u.pointId(),
                u.level() == ReporterLevel.POINT ? u.name() : null,
                u.modelCode(),
                u.communeCode(),
                u.provinceCode(),
                is,
                unit.reportedAt()));
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
      key = u -> u.unit().provinceCode();
    } else {
      names.putAll(communes.namesIn(province));
      key = u -> u.unit().communeCode();
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
