package vn.antq.registry.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.antq.registry.common.Inputs;
import vn.antq.registry.common.ProblemException;
import vn.antq.registry.common.RegistryClock;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.model.ModelRepository;
import vn.antq.registry.outcome.OutcomeRepository;
import vn.antq.registry.outcome.Period;
import vn.antq.registry.point.PointRepository;
import vn.antq.registry.province.ProvinceRepository;

/**
 * The expected units of an obligation and period, when each first reported and where its report
 * stands. Expected units are computed exactly from the registry as of the period, and only expected
 * units count as reported, so no rate exceeds 100%. Data counts whichever way it came in (entered,
 * posted or imported), and so does an explicit submission.
 */
@ApplicationScoped
class ReportedUnits {

  @Inject ReportingObligationRepository obligations;
  @Inject ReportRepository reports;
  @Inject PointRepository points;
  @Inject CommuneRepository communes;
  @Inject ProvinceRepository provinces;
  @Inject OutcomeRepository outcomes;
  @Inject ModelRepository models;
  @Inject RegistryClock clock;

  /**
   * One expected unit; {@code firstValueAt} null: no value yet; {@code report} null: nobody has
   * acted on its report.
   */
  record Unit(ReportUnit unit, Instant firstValueAt, Report report, boolean onTime) {

    /** Values or a submission: either counts. */
    Instant reportedAt() {
      Instant submitted = report == null ? null : report.firstSubmittedAt;
      if (firstValueAt == null || submitted == null) {
        return firstValueAt == null ? submitted : firstValueAt;
      }
      return firstValueAt.isBefore(submitted) ? firstValueAt : submitted;
    }

    boolean reported() {
      return reportedAt() != null;
    }

    ReportWorkflow workflow() {
      return report == null ? ReportWorkflow.OPEN : report.workflow;
    }

    ReportState state(LocalDate today, LocalDate due) {
      return switch (workflow()) {
        case APPROVED -> ReportState.APPROVED;
        case SUBMITTED -> ReportState.SUBMITTED;
        case OPEN -> {
          if (report != null && report.reopenedAt != null) {
            yield ReportState.REOPENED;
          }
          if (reported()) {
            yield onTime ? ReportState.ON_TIME : ReportState.LATE;
          }
          yield today.isAfter(due) ? ReportState.MISSING : ReportState.NOT_DUE;
        }
      };
    }
  }

  /** The units of a scope; empty when the obligation is not in force in the period. */
  record Roll(
      ReportingObligation obligation,
      Period period,
      LocalDate dueDate,
      boolean inForce,
      List<Unit> units) {}

  /** The obligation and a period of its frequency. */
  record Target(ReportingObligation obligation, Period period) {

    boolean inForce() {
      return !obligation.validFrom.isAfter(period.end())
          && (obligation.validTo == null || !obligation.validTo.isBefore(period.start()));
    }

    LocalDate dueDate() {
      return period.end().plusDays(obligation.dueDaysAfterEnd);
    }
  }

  Target target(String code, String periodId) {
    ReportingObligation obligation = obligations.require(code);
    return new Target(obligation, period(obligation, periodId));
  }

  Target target(ReportingObligation obligation, Period period) {
    return new Target(obligation, period);
  }

  LocalDate today() {
    return clock.today();
  }

  /** A moment as people here read it: day and time in Việt Nam. */
  String shown(Instant at) {
    return at == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .format(at.atZone(clock.zone()));
  }

  /** The expected units of a scope (null codes: nationwide, every commune). */
  Roll roll(Target target, String provinceCode, String communeCode) {
    ReportingObligation obligation = target.obligation();
    Period period = target.period();
    LocalDate due = target.dueDate();
    if (!target.inForce()) {
      return new Roll(obligation, period, due, false, List.of());
    }
    List<ReportUnit> expected = expected(target, provinceCode, communeCode);
    return roll(target, expected, firstValues(target, provinceCode), provinceCode);
  }

  /**
   * The rolls of several periods (oldest first) of one obligation: a point obligation's points and
   * first values are read once for the whole span, then judged period by period.
   */
  List<Roll> rolls(
      ReportingObligation obligation,
      List<Period> periods,
      String provinceCode,
      String communeCode) {
    if (obligation.reporterLevel != ReporterLevel.POINT || periods.size() < 2) {
      return periods.stream()
          .map(p -> roll(target(obligation, p), provinceCode, communeCode))
          .toList();
    }
    LocalDate from = periods.get(0).start();
    LocalDate to = periods.get(periods.size() - 1).end();
    List<PointRepository.Expected> all =
        points.expectedIn(from, to, provinceCode, communeCode, scope(obligation));
    List<OutcomeRepository.FirstValue> firsts =
        outcomes.firstPointValuesByPeriod(from, to, provinceCode, obligation.indicatorCodes);
    List<Roll> rolls = new java.util.ArrayList<>(periods.size());
    for (Period period : periods) {
      Target target = target(obligation, period);
      if (!target.inForce()) {
        rolls.add(new Roll(obligation, period, target.dueDate(), false, List.of()));
        continue;
      }
      Map<String, Instant> first = new java.util.HashMap<>();
      for (OutcomeRepository.FirstValue v : firsts) {
        if (!v.start().isBefore(period.start()) && !v.end().isAfter(period.end())) {
          first.merge(String.valueOf(v.pointId()), v.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      List<ReportUnit> expected =
          all.stream()
              .filter(p -> p.expectedIn(period.start(), period.end()))
              .map(ReportedUnits::unit)
              .toList();
      rolls.add(roll(target, expected, first, provinceCode));
    }
    return rolls;
  }

  private Roll roll(
      Target target, List<ReportUnit> expected, Map<String, Instant> first, String provinceCode) {
    ReportingObligation obligation = target.obligation();
    Period period = target.period();
    LocalDate due = target.dueDate();
    Map<String, Report> acted = reports.byUnit(obligation.code, period.id(), provinceCode);
    // On time: stored or submitted before the end of the due day in Việt Nam.
    Instant deadline = due.plusDays(1).atStartOfDay(clock.zone()).toInstant();
    List<Unit> units =
        expected.stream()
            .map(
                u -> {
                  Unit unit = new Unit(u, first.get(u.key()), acted.get(u.key()), false);
                  Instant at = unit.reportedAt();
                  return new Unit(
                      u, unit.firstValueAt(), unit.report(), at != null && at.isBefore(deadline));
                })
            .toList();
    return new Roll(obligation, period, due, true, units);
  }

  private static ReportUnit unit(PointRepository.Expected p) {
    return new ReportUnit(
        ReporterLevel.POINT,
        String.valueOf(p.id()),
        p.placeName(),
        p.id(),
        p.modelCode(),
        p.communeCode(),
        p.provinceCode());
  }

  /**
   * The one unit a path names, with its province and commune as scope; 404 when the registry has no
   * such unit or it is not expected to report for this obligation and period.
   */
  Unit one(Target target, String key) {
    ReporterLevel level = target.obligation().reporterLevel;
    String province;
    String commune = null;
    switch (level) {
      case POINT -> {
        Long id = Inputs.integer(key);
        var place =
            id == null ? null : points.places(List.of(id)).stream().findFirst().orElse(null);
        if (place == null) {
          throw ProblemException.notFound("điểm nhân rộng", key);
        }
        province = place.provinceCode();
        commune = place.communeCode();
      }
      case COMMUNE -> {
        var place = Inputs.isCode(key) ? communes.place(key).orElse(null) : null;
        if (place == null) {
          throw ProblemException.notFound("xã", key);
        }
        province = place.provinceCode();
        commune = place.code();
      }
      default -> {
        if (!Inputs.isCode(key) || !provinces.exists(key)) {
          throw ProblemException.notFound("tỉnh", key);
        }
        province = key;
      }
    }
    return roll(target, province, commune).units().stream()
        .filter(u -> u.unit().key().equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new ProblemException(
                    vn.antq.registry.common.ProblemType.NOT_FOUND,
                    "Đơn vị "
                        + Inputs.clip(key)
                        + " không phải báo cáo "
                        + target.obligation().code
                        + " kỳ "
                        + target.period().id()
                        + " (chưa thành lập, đã thanh loại, ngoài phạm vi hay nghĩa vụ chưa có"
                        + " hiệu lực) (unit "
                        + Inputs.clip(key)
                        + " is not expected to report "
                        + target.obligation().code
                        + " for "
                        + target.period().id()
                        + ")",
                    null));
  }

  private List<ReportUnit> expected(Target target, String provinceCode, String communeCode) {
    Period period = target.period();
    return switch (target.obligation().reporterLevel) {
      case POINT ->
          points
              .expectedIn(
                  period.start(),
                  period.end(),
                  provinceCode,
                  communeCode,
                  scope(target.obligation()))
              .stream()
              .map(ReportedUnits::unit)
              .toList();
      case COMMUNE ->
          communes.placesIn(provinceCode).stream()
              .filter(c -> communeCode == null || communeCode.equals(c.code()))
              .map(
                  c ->
                      new ReportUnit(
                          ReporterLevel.COMMUNE,
                          c.code(),
                          c.fullName(),
                          null,
                          null,
                          c.code(),
                          c.provinceCode()))
              .toList();
      case PROVINCE ->
          provinces.byName().stream()
              .filter(p -> provinceCode == null || provinceCode.equals(p.code))
              .map(
                  p ->
                      new ReportUnit(
                          ReporterLevel.PROVINCE, p.code, p.name, null, null, null, p.code))
              .toList();
    };
  }

  private Map<String, Instant> firstValues(Target target, String provinceCode) {
    Period period = target.period();
    var indicators = target.obligation().indicatorCodes;
    return switch (target.obligation().reporterLevel) {
      case POINT -> {
        Map<String, Instant> byKey = new java.util.HashMap<>();
        outcomes
            .firstPointValues(period.start(), period.end(), provinceCode, indicators)
            .forEach((id, at) -> byKey.put(String.valueOf(id), at));
        yield byKey;
      }
      case COMMUNE ->
          outcomes.firstCommuneValues(period.start(), period.end(), provinceCode, indicators);
      case PROVINCE ->
          outcomes.firstProvinceValues(period.start(), period.end(), provinceCode, indicators);
    };
  }

  /** The model codes the obligation covers; null: every model. */
  private List<String> scope(ReportingObligation obligation) {
    return switch (obligation.appliesTo) {
      case ALL -> null;
      case CATEGORY -> models.codesInCategory(obligation.categoryCode);
      case MODELS -> List.copyOf(obligation.modelCodes);
    };
  }

  static Period period(ReportingObligation obligation, String id) {
    if (id == null || id.isBlank()) {
      throw ProblemException.badRequest("period", "Thiếu kỳ báo cáo (period is required)");
    }
    Period period =
        Period.tryParse(id.strip())
            .orElseThrow(() -> ProblemException.badRequest("period", Period.invalidMessage(id)));
    if (period.type() != obligation.frequency.periodType()) {
      throw ProblemException.badRequest(
          "period",
          "Kỳ '"
              + Inputs.clip(id)
              + "' không phải kỳ "
              + obligation.frequency
              + " của nghĩa vụ này (period is not of the obligation's frequency)");
    }
    return period;
  }
}
