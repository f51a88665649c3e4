package vn.antq.registry.outcome;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry's codes an outcome value may name, read as plain values rather than entities:
 * indicators and provinces at once; communes, models and points on first use. An import calls
 * {@link #preloadAll()} so that a million rows cost a handful of queries; a small POST reads only
 * what it names.
 */
public final class References {

  public record IndicatorRef(String code, String unit, boolean fractional) {}

  public record PointRef(long id, String modelCode, String communeCode, String provinceCode) {}

  private final EntityManager em;
  final Map<String, IndicatorRef> indicators = new HashMap<>();
  final Set<String> provinces = new HashSet<>();

  /** Commune code → {province, full name}; a missing commune is remembered as an empty array. */
  private final Map<String, String[]> communes = new HashMap<>();

  private final Map<String, Boolean> models = new HashMap<>();
  private boolean complete;
  private final Map<String, List<String>> successors = new HashMap<>();
  final Map<Long, PointRef> points = new HashMap<>();
  private final Set<Long> missingPoints = new HashSet<>();

  private References(EntityManager em) {
    this.em = em;
  }

  public static References load(EntityManager em) {
    References refs = new References(em);
    for (Object[] row :
        em.createQuery("select i.code, i.unit, i.fractional from Indicator i", Object[].class)
            .getResultList()) {
      refs.indicators.put(
          (String) row[0], new IndicatorRef((String) row[0], (String) row[1], (Boolean) row[2]));
    }
    refs.provinces.addAll(
        em.createQuery("select p.code from Province p", String.class).getResultList());
    return refs;
  }

  /** Reads every commune and model code at once: for imports, which name thousands of them. */
  public References preloadAll() {
    for (Object[] row :
        em.createQuery("select c.code, c.provinceCode, c.fullName from Commune c", Object[].class)
            .getResultList()) {
      communes.put((String) row[0], new String[] {(String) row[1], (String) row[2]});
    }
    for (String code : em.createQuery("select m.code from Model m", String.class).getResultList()) {
      models.put(code, Boolean.TRUE);
    }
    complete = true;
    return this;
  }

  /** The commune's 2025 province, or null when there is no such commune. */
  String communeProvince(String code) {
    String[] commune = commune(code);
    return commune.length == 0 ? null : commune[0];
  }

  String communeName(String code) {
    String[] commune = commune(code);
    return commune.length == 0 ? null : commune[1];
  }

  private String[] commune(String code) {
    return communes.computeIfAbsent(
        code,
        c ->
            complete
                ? new String[0]
                : em.createQuery(
                        "select c.provinceCode, c.fullName from Commune c where c.code = ?1",
                        Object[].class)
                    .setParameter(1, c)
                    .getResultStream()
                    .findFirst()
                    .map(row -> new String[] {(String) row[0], (String) row[1]})
                    .orElse(new String[0]));
  }

  boolean modelExists(String code) {
    return models.computeIfAbsent(
        code,
        c ->
            !complete
                && em.createQuery("select count(m) from Model m where m.code = ?1", Long.class)
                        .setParameter(1, c)
                        .getSingleResult()
                    > 0);
  }

  /** The 2025 successors of a pre-2025 code (none when the code is unknown), read once per code. */
  @SuppressWarnings("unchecked")
  List<String> successors(String oldCode) {
    return successors.computeIfAbsent(
        oldCode,
        code ->
            em.createNativeQuery(
                    "select new_code from legacy_successor where old_code = ?1 "
                        + "order by new_code")
                .setParameter(1, code)
                .getResultList());
  }

  /** Loads the points among {@code ids} not seen yet, a thousand per query. */
  public void prefetchPoints(Collection<Long> ids) {
    List<Long> wanted = new ArrayList<>();
    for (Long id : ids) {
      if (id != null && !points.containsKey(id) && !missingPoints.contains(id)) {
        wanted.add(id);
      }
    }
    for (int from = 0; from < wanted.size(); from += 1000) {
      List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + 1000));
      for (Object[] row :
          em.createQuery(
                  "select p.id, p.modelCode, p.communeCode, p.provinceCode from ReplicationPoint p where p.id in :ids",
                  Object[].class)
              .setParameter("ids", chunk)
              .getResultList()) {
        points.put(
            (Long) row[0],
            new PointRef((Long) row[0], (String) row[1], (String) row[2], (String) row[3]));
      }
      for (Long id : chunk) {
        if (!points.containsKey(id)) {
          missingPoints.add(id);
        }
      }
    }
  }
}
