package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.province.Province;
import vn.antq.registry.province.ProvinceRepository;

/**
 * Units × recent periods: the rows are the scope's children (provinces, a province's communes, a
 * commune's points), or the reporting units themselves when the obligation reports above them.
 */
@ApplicationScoped
public class ReportingGrid {

  static final int DEFAULT_PERIODS = 6;
  static final int MAX_PERIODS = 24;

  @Inject ReportedUnits reported;
  @Inject ReportingObligationRepository obligations;
  @Inject CompletenessScopes scopes;
  @Inject ProvinceRepository provinces;
  @Inject CommuneRepository communes;

  @Transactional(Transactional.TxType.SUPPORTS)
  public ReportingGridDto grid(
      String code, String provinceCode, String communeCode, String until, Integer count) {
    ReportingObligation obligation = obligations.require(code);
    CompletenessScopes.Scope scope = scopes.scope(provinceCode, communeCode);
    List<Period> periods = periods(obligation, until, count);
    ReporterLevel children =
        scope.communeCode() != null
            ? ReporterLevel.POINT
            : scope.provinceCode() != null ? ReporterLevel.COMMUNE : ReporterLevel.PROVINCE;
    ReporterLevel rows =
        children.ordinal() >= obligation.reporterLevel.ordinal()
            ? children
            : obligation.reporterLevel;
    boolean unitRows = rows == obligation.reporterLevel;
    Function<ReportUnit, String> key =
        switch (rows) {
          case PROVINCE -> ReportUnit::provinceCode;
          case COMMUNE -> ReportUnit::communeCode;
          case POINT -> ReportUnit::key;
        };
    Map<String, String> names = names(rows, scope);
    LocalDate today = reported.today();
    List<Map<String, Tally>> columns = new ArrayList<>();
    for (ReportedUnits.Roll roll :
        reported.rolls(obligation, periods, scope.provinceCode(), scope.communeCode())) {
      LocalDate due = roll.dueDate();
      Map<String, Tally> column = new HashMap<>();
      for (ReportedUnits.Unit unit : roll.units()) {
        String row = key.apply(unit.unit());
        if (row == null) {
          continue;
        }
        if (rows == ReporterLevel.POINT) {
          names.putIfAbsent(row, unit.unit().name());
        }
        column
            .computeIfAbsent(row, r -> new Tally())
            .add(unit, unitRows ? unit.state(today, due) : null);
      }
      columns.add(column);
    }
    List<ReportingGridDto.Row> result = new ArrayList<>();
    names.forEach(
        (row, name) -> {
          List<ReportingGridDto.Cell> cells = new ArrayList<>();
          for (int i = 0; i < periods.size(); i++) {
            cells.add(columns.get(i).getOrDefault(row, new Tally()).cell(periods.get(i).id()));
          }
          result.add(new ReportingGridDto.Row(row, name, rows, unitRows, cells));
        });
    return new ReportingGridDto(
        obligation.code,
        obligation.reporterLevel,
        scope.provinceCode(),
        scope.communeCode(),
        periods.stream().map(Period::id).toList(),
        result);
  }

  /** The rows known before any period is read; points are added as the periods name them. */
  private Map<String, String> names(ReporterLevel rows, CompletenessScopes.Scope scope) {
    Map<String, String> names = new LinkedHashMap<>();
    switch (rows) {
      case PROVINCE -> {
        for (Province p : provinces.byName()) {
          if (scope.provinceCode() == null || scope.provinceCode().equals(p.code)) {
            names.put(p.code, p.name);
          }
        }
      }
      case COMMUNE ->
          communes
              .namesIn(scope.provinceCode())
              .forEach(
                  (c, name) -> {
                    if (scope.communeCode() == null || scope.communeCode().equals(c)) {
                      names.put(c, name);
                    }
                  });
      case POINT -> {}
    }
    return names;
  }

  private List<Period> periods(ReportingObligation obligation, String until, Integer count) {
    int n = count == null ? DEFAULT_PERIODS : count;
    if (n < 1 || n > MAX_PERIODS) {
      throw ProblemException.badRequest(
          "periods",
          "Số kỳ từ 1 đến " + MAX_PERIODS + " (periods must be between 1 and " + MAX_PERIODS + ")");
    }
    Period last =
        until == null || until.isBlank()
            ? Period.containing(obligation.frequency.periodType(), reported.today())
            : ReportedUnits.period(obligation, until);
    List<Period> periods = new ArrayList<>();
    for (Period p = last; periods.size() < n; p = p.previous()) {
      periods.add(p);
    }
    Collections.reverse(periods);
    return periods;
  }

  /** A cell's counts as units are added. */
  private static final class Tally {
    long expected;
    long reported;
    long onTime;
    long submitted;
    long approved;
    ReportState state;

    void add(ReportedUnits.Unit unit, ReportState unitState) {
      expected++;
      reported += unit.reported() ? 1 : 0;
      onTime += unit.onTime() ? 1 : 0;
      submitted += unit.workflow() == ReportWorkflow.SUBMITTED ? 1 : 0;
      approved += unit.workflow() == ReportWorkflow.APPROVED ? 1 : 0;
      state = unitState;
    }

    ReportingGridDto.Cell cell(String period) {
      return new ReportingGridDto.Cell(
          period,
          state,
          expected,
          reported,
          onTime,
          reported - onTime,
          expected - reported,
          submitted,
          approved);
    }
  }
}
