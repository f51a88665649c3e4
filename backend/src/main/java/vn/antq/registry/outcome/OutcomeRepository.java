package vn.antq.registry.outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.antq.registry.common.Where;

/**
 * Every query on the outcome table except the bulk ones: totals ({@link OutcomeTotals}) and the
 * import's staged merge ({@link OutcomeMerge}), which write SQL of their own on the same table.
 */
@ApplicationScoped
public class OutcomeRepository implements PanacheRepository<Outcome> {

  /**
   * The end of "inside [from, to]". A period ending by {@code to} also starts by it; saying so
   * bounds the range read on the period indexes, which otherwise run to the newest value.
   */
  private static final String WITHIN_END = "periodEnd <= :to and periodStart <= :to";

  /** The stored rows among these keys (a chunk of a batch). */
  public List<Outcome> byKeys(
      Collection<String> unitKeys, Collection<String> periods, Collection<String> indicators) {
    return list(
        "unitKey in ?1 and period in ?2 and indicatorCode in ?3", unitKeys, periods, indicators);
  }

  public long countByModel(String modelCode) {
    return count("modelCode", modelCode);
  }

  public long countByPoint(long pointId) {
    return count("pointId", pointId);
  }

  public boolean anyFractional(String indicatorCode) {
    return getEntityManager()
                .createNativeQuery(
                    "select count(*) from outcome where indicator_code = ?1 and value <> floor(value)")
                .setParameter(1, indicatorCode)
                .getSingleResult()
            instanceof Number n
        && n.longValue() > 0;
  }

  /**
   * The points of a scope with a value of their own for a period inside [from, to]; a point's
   * values carry its province, commune and model, so the scope is read from the values themselves.
   */
  public Set<Long> pointsReportedWithin(
      LocalDate from, LocalDate to, String provinceCode, String communeCode, String modelCode) {
    Where where =
        new Where()
            .clause("pointId is not null and periodStart >= :from", "from", from)
            .clause(WITHIN_END, "to", to)
            .eq("provinceCode", "province", provinceCode)
            .eq("communeCode", "commune", communeCode)
            .eq("modelCode", "model", modelCode);
    TypedQuery<Long> query =
        getEntityManager()
            .createQuery(
                "select distinct o.pointId from Outcome o where " + where.hql(), Long.class);
    where.parameters().map().forEach(query::setParameter);
    return new HashSet<>(query.getResultList());
  }

  /**
   * When each point of a scope first stored a value of one of these indicators for a period inside
   * [from, to]: a value replaced later keeps its first creation time.
   *
   * @param provinceCode null: nationwide
   */
  public Map<Long, Instant> firstPointValues(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    Map<Long, Instant> result = new HashMap<>();
    for (Object[] row :
        firstValueRows(
            "o.pointId", "pointId is not null", from, to, provinceCode, indicatorCodes)) {
      result.put((Long) row[0], (Instant) row[1]);
    }
    return result;
  }

  /** A point's first value for these indicators inside one stored period. */
  public record FirstValue(long pointId, LocalDate start, LocalDate end, Instant at) {}

  /**
   * The first value of each point and stored period inside [from, to], so that several periods of
   * an obligation are judged from one read.
   */
  public List<FirstValue> firstPointValuesByPeriod(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    return firstValueRows(
            "o.pointId, o.periodStart, o.periodEnd",
            "pointId is not null",
            from,
            to,
            provinceCode,
            indicatorCodes)
        .stream()
        .map(r -> new FirstValue((Long) r[0], (LocalDate) r[1], (LocalDate) r[2], (Instant) r[3]))
        .toList();
  }

  /**
   * When each commune of the scope first had a value for these indicators inside [from, to]: any
   * value filed under the commune (its points', its models', its own) counts.
   */
  public Map<String, Instant> firstCommuneValues(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    return firstValues(
        "communeCode", "communeCode is not null", from, to, provinceCode, indicatorCodes);
  }

  /**
   * When each province first had a province-level value (its own or its models') inside [from, to].
   */
  public Map<String, Instant> firstProvinceValues(
      LocalDate from, LocalDate to, String provinceCode, Collection<String> indicatorCodes) {
    return firstValues(
        "provinceCode",
        "unitType in (vn.antq.registry.outcome.UnitType.PROVINCE,"
            + " vn.antq.registry.outcome.UnitType.MODEL_PROVINCE)",
        from,
        to,
        provinceCode,
        indicatorCodes);
  }

  private Map<String, Instant> firstValues(
      String field,
      String only,
      LocalDate from,
      LocalDate to,
      String provinceCode,
      Collection<String> indicatorCodes) {
    Map<String, Instant> result = new HashMap<>();
    for (Object[] row :
        firstValueRows("o." + field, only, from, to, provinceCode, indicatorCodes)) {
      result.put((String) row[0], (Instant) row[1]);
    }
    return result;
  }

  /**
   * The first creation time of the values of these indicators in [from, to], grouped by {@code
   * keys}: each row holds the keys, then the time.
   */
  private List<Object[]> firstValueRows(
      String keys,
      String only,
      LocalDate from,
      LocalDate to,
      String provinceCode,
      Collection<String> indicatorCodes) {
    Where where =
        new Where()
            .clause(only + " and periodStart >= :from", "from", from)
            .clause(WITHIN_END, "to", to)
            .clause("indicatorCode in :indicators", "indicators", indicatorCodes)
            .eq("provinceCode", "province", provinceCode);
    TypedQuery<Object[]> query =
        getEntityManager()
            .createQuery(
                "select "
                    + keys
                    + ", min(o.createdAt) from Outcome o where "
                    + where.hql()
                    + " group by "
                    + keys,
                Object[].class);
    where.parameters().map().forEach(query::setParameter);
    return query.getResultList();
  }

  /** The latest period each of these points has a value for (absent: none yet). */
  public Map<Long, String> latestPeriods(Collection<Long> pointIds) {
    Map<Long, String> result = new HashMap<>();
    if (pointIds.isEmpty()) {
      return result;
    }
    // Latest by end, then by start: a year ends with its last quarter, and counts as later.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select point_id, period from (select point_id, period, row_number() over "
                    + "(partition by point_id order by period_end desc, period_start desc) n "
                    + "from outcome where point_id in (:ids)) latest where n = 1")
            .setParameter("ids", pointIds)
            .getResultList();
    for (Object[] row : rows) {
      result.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    return result;
  }

  /** The stored values of one period in a scope (null filters: all), as the outlier list reads. */
  public List<Outcome> inPeriod(
      String period, String indicatorCode, String provinceCode, String communeCode, Long pointId) {
    Where where =
        new Where()
            .eq("period", "period", period)
            .eq("indicatorCode", "indicator", indicatorCode)
            .eq("provinceCode", "province", provinceCode)
            .eq("communeCode", "commune", communeCode)
            .eq("pointId", "point", pointId);
    return find(where.hql(), where.parameters()).list();
  }

  /** One stored value without its entity: what a history needs. */
  public record KeyedValue(String unitKey, String indicatorCode, String period, BigDecimal value) {}

  /**
   * The values of these units × indicators × periods, in one query per 1,000 units: the histories
   * of a page of values.
   */
  public List<KeyedValue> valuesOf(
      Collection<String> unitKeys, Collection<String> indicators, Collection<String> periods) {
    List<KeyedValue> result = new ArrayList<>();
    if (unitKeys.isEmpty() || indicators.isEmpty() || periods.isEmpty()) {
      return result;
    }
    List<String> keys = new ArrayList<>(unitKeys);
    for (int from = 0; from < keys.size(); from += 1000) {
      List<Object[]> rows =
          getEntityManager()
              .createQuery(
                  "select o.unitKey, o.indicatorCode, o.period, o.value from Outcome o"
                      + " where o.unitKey in :units and o.indicatorCode in :indicators"
                      + " and o.period in :periods",
                  Object[].class)
              .setParameter("units", keys.subList(from, Math.min(keys.size(), from + 1000)))
              .setParameter("indicators", indicators)
              .setParameter("periods", periods)
              .getResultList();
      for (Object[] row : rows) {
        result.add(
            new KeyedValue((String) row[0], (String) row[1], (String) row[2], (BigDecimal) row[3]));
      }
    }
    return result;
  }

  public List<Outcome> byIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  /** Values filed under a point carry its model, commune and province: they move with it. */
  public void refile(long pointId, String modelCode, String communeCode, String provinceCode) {
    update(
        "modelCode = ?1, communeCode = ?2, provinceCode = ?3 where pointId = ?4",
        modelCode,
        communeCode,
        provinceCode,
        pointId);
  }

  /**
   * The keys ({@link ResolvedValue#key()}) among these values' that are stored: one read of the
   * unique key over the indicators, periods and units of a chunk of an import.
   */
  public Set<String> storedKeys(Collection<ResolvedValue> values) {
    if (values.isEmpty()) {
      return Set.of();
    }
    Set<String> indicators = new HashSet<>();
    Set<String> periods = new HashSet<>();
    Set<String> units = new HashSet<>();
    for (ResolvedValue v : values) {
      indicators.add(v.indicatorCode());
      periods.add(v.period().id());
      units.add(v.unitKey());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select indicator_code, period, unit_key from outcome where indicator_code in"
                    + " (:indicators) and period in (:periods) and unit_key in (:units)")
            .setParameter("indicators", indicators)
            .setParameter("periods", periods)
            .setParameter("units", units)
            .getResultList();
    Set<String> stored = new HashSet<>();
    for (Object[] row : rows) {
      stored.add(row[0] + "|" + row[1] + "|" + row[2]);
    }
    return stored;
  }

  // The values a validation rule reads: a unit's figures of one period, side by side.

  private static final String UNIT_VALUE_COLUMNS =
      "unit_key, period, unit_type, point_id, commune_code, province_code, indicator_code, value";

  /** The stored values of these pairs among these indicators (a chunk: a few hundred pairs). */
  public Map<UnitPeriod, UnitValues> unitValues(
      Collection<UnitPeriod> keys, Collection<String> indicatorCodes) {
    return pairValues(keys, indicatorCodes, new HashMap<>());
  }

  private Map<UnitPeriod, UnitValues> pairValues(
      Collection<UnitPeriod> keys,
      Collection<String> indicatorCodes,
      Map<UnitPeriod, UnitValues> into) {
    if (keys.isEmpty() || indicatorCodes.isEmpty()) {
      return into;
    }
    Set<UnitPeriod> wanted = new HashSet<>(keys);
    Set<String> units = new HashSet<>();
    Set<String> periods = new HashSet<>();
    for (UnitPeriod key : keys) {
      units.add(key.unitKey());
      periods.add(key.period());
    }
    // The unique key (indicator_code, period, unit_key) serves the three lists; pairs the cross
    // product adds are dropped below.
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select "
                    + UNIT_VALUE_COLUMNS
                    + " from outcome where indicator_code in (:indicators) and period in (:periods)"
                    + " and unit_key in (:units)")
            .setParameter("indicators", indicatorCodes)
            .setParameter("periods", periods)
            .setParameter("units", units)
            .getResultList();
    collect(rows, wanted, into);
    return into;
  }

  /**
   * The values of every unit in a scope for periods inside [from, to], among these indicators, by
   * unit and period.
   *
   * @param unitType null: every kind of unit
   */
  public Map<UnitPeriod, UnitValues> unitValuesWithin(
      LocalDate from,
      LocalDate to,
      String provinceCode,
      String communeCode,
      Long pointId,
      UnitType unitType,
      Collection<String> indicatorCodes) {
    Map<UnitPeriod, UnitValues> result = new java.util.LinkedHashMap<>();
    if (indicatorCodes.isEmpty()) {
      return result;
    }
    StringBuilder sql =
        new StringBuilder("select ")
            .append(UNIT_VALUE_COLUMNS)
            .append(
                " from outcome where period_start >= :from and period_start <= :to and period_end <= :to"
                    + " and indicator_code in (:indicators)");
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("from", from);
    parameters.put("to", to);
    parameters.put("indicators", indicatorCodes);
    if (provinceCode != null) {
      sql.append(" and province_code = :province");
      parameters.put("province", provinceCode);
    }
    if (communeCode != null) {
      sql.append(" and commune_code = :commune");
      parameters.put("commune", communeCode);
    }
    if (pointId != null) {
      sql.append(" and point_id = :point");
      parameters.put("point", pointId);
    }
    if (unitType != null) {
      sql.append(" and unit_type = :unitType");
      parameters.put("unitType", unitType.name());
    }
    var query = getEntityManager().createNativeQuery(sql.toString());
    parameters.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    collect(rows, null, result);
    return result;
  }

  private static void collect(
      List<Object[]> rows, Set<UnitPeriod> wanted, Map<UnitPeriod, UnitValues> into) {
    for (Object[] row : rows) {
      UnitPeriod key = new UnitPeriod((String) row[0], (String) row[1]);
      if (wanted != null && !wanted.contains(key)) {
        continue;
      }
      UnitValues unit =
          into.computeIfAbsent(
              key,
              k ->
                  new UnitValues(
                      k,
                      UnitType.valueOf((String) row[2]),
                      row[3] == null ? null : ((Number) row[3]).longValue(),
                      (String) row[4],
                      (String) row[5],
                      new HashMap<>()));
      unit.values().put((String) row[6], (java.math.BigDecimal) row[7]);
    }
  }

  /**
   * Lists, in a temporary table on this connection, the distinct units and periods of the stage an
   * import merged, so that its checks can page through them by key.
   */
  void listStagedUnits(java.nio.file.Path pairs) {
    var em = getEntityManager();
    em.createNativeQuery("drop temporary table if exists outcome_touched").executeUpdate();
    // Numbered as listed, so that each page is one short range read on the key.
    em.createNativeQuery(
            "create temporary table outcome_touched (n int not null auto_increment primary key,"
                + " unit_key varchar(100) not null, period varchar(8) not null) engine=InnoDB")
        .executeUpdate();
    em.createNativeQuery(
            "load data local infile '"
                + pairs.toString().replace("\\", "/").replace("'", "")
                + "' into table outcome_touched character set utf8mb4 (unit_key, period)")
        .executeUpdate();
  }

  /**
   * Lists, beside {@link #listStagedUnits}, the indicators the checks read, so that a page of units
   * is read by joining the two lists to the unique key (one lookup per unit, period and indicator,
   * nothing parsed but the page's range).
   */
  void listIndicators(Collection<String> indicatorCodes) {
    var em = getEntityManager();
    em.createNativeQuery("drop temporary table if exists outcome_touched_indicator")
        .executeUpdate();
    em.createNativeQuery(
            "create temporary table outcome_touched_indicator (code varchar(40) not null primary key)"
                + " engine=InnoDB")
        .executeUpdate();
    for (String code : indicatorCodes) {
      em.createNativeQuery("insert into outcome_touched_indicator (code) values (:code)")
          .setParameter("code", code)
          .executeUpdate();
    }
  }

  /**
   * The values, among the listed indicators, of the listed units and periods numbered in (after,
   * last] that are among {@code keys}; with {@code staged}, the import's stage over the stored
   * values, as it would leave them.
   */
  Map<UnitPeriod, UnitValues> listedUnitValues(
      long after, long last, Collection<UnitPeriod> keys, boolean staged) {
    Map<UnitPeriod, UnitValues> into = new HashMap<>();
    Set<UnitPeriod> wanted = new HashSet<>(keys);
    for (String table : staged ? List.of("outcome", "outcome_stage") : List.of("outcome")) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          getEntityManager()
              .createNativeQuery(
                  "select straight_join o.unit_key, o.period, o.unit_type, o.point_id,"
                      + " o.commune_code, o.province_code, o.indicator_code, o.value"
                      + " from outcome_touched t join outcome_touched_indicator i join "
                      + table
                      + " o on o.indicator_code = i.code and o.period = t.period"
                      + " and o.unit_key = t.unit_key where t.n > :after and t.n <= :last")
              .setParameter("after", after)
              .setParameter("last", last)
              .getResultList();
      collect(rows, wanted, into);
    }
    return into;
  }

  /** A staged unit and period, with its place in the list. */
  record StagedUnit(long n, UnitPeriod key) {}

  /** A page of the staged units and periods: those numbered after {@code after} (0: the first). */
  List<StagedUnit> stagedUnits(long after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select n, unit_key, period from outcome_touched where n > :after order by n limit "
                    + limit)
            .setParameter("after", after)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StagedUnit(
                    ((Number) r[0]).longValue(), new UnitPeriod((String) r[1], (String) r[2])))
        .toList();
  }

  /** The import's stage and its list of units, once its checks are done. */
  void dropStage() {
    var em = getEntityManager();
    em.createNativeQuery("drop temporary table if exists outcome_touched").executeUpdate();
    em.createNativeQuery("drop temporary table if exists outcome_touched_indicator")
        .executeUpdate();
    em.createNativeQuery("drop temporary table if exists outcome_stage").executeUpdate();
  }
}
