package vn.antq.registry.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.antq.registry.commune.CommuneType;
import vn.antq.registry.indicator.IndicatorInput;
import vn.antq.registry.model.ModelInput;
import vn.antq.registry.point.PlaceType;

/** The shape of demo/demo-data.json: what the source articles report, placed in today's units. */
record DemoData(List<IndicatorInput> extraIndicators, List<ProvinceBlock> provinces) {

  record ProvinceBlock(
      String provinceCode,
      String note,
      List<CommuneRow> communes,
      List<ModelInput> models,
      List<PointGroup> pointGroups,
      List<OutcomeBlock> outcomes) {}

  record CommuneRow(
      String code,
      String name,
      String fullName,
      CommuneType type,
      boolean border,
      boolean hotspot,
      boolean ethnicMinority) {}

  /**
   * {@code count} points of one model; the team and member figures are totals split evenly over
   * them.
   */
  record PointGroup(
      String modelCode,
      int count,
      PlaceType placeType,
      List<String> placeNames,
      LocalDate establishedFrom,
      LocalDate establishedTo,
      int teamCount,
      int memberCount,
      int coreMemberCount,
      List<String> communeCodes) {}

  /** Totals for one period, spread by the loader over months and points so the sums are exact. */
  record OutcomeBlock(String period, Map<String, BigDecimal> values) {}
}
