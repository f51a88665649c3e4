package vn.antq.registry.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * The registry's codes an outcome value may name, read as plain values rather than entities:
 * indicators, provinces, communes and models at once (a few thousand rows), points on demand.
 * One instance serves a whole request or import, so a million rows cost a handful of queries.
 */
public final class References {

  public record IndicatorRef(String code, String unit, boolean fractional) {
  }

  public record PointRef(long id, String modelCode, String communeCode, String provinceCode) {
  }

  private final EntityManager em;
  final Map<String, IndicatorRef> indicators = new HashMap<>();
  final Set<String> provinces = new HashSet<>();
  final Map<String, String> communeProvince = new HashMap<>();
  final Map<String, String> communeName = new HashMap<>();
  private final Map<String, List<String>> successors = new HashMap<>();
  final Set<String> models = new HashSet<>();
  final Map<Long, PointRef> points = new HashMap<>();
  private final Set<Long> missingPoints = new HashSet<>();

  private References(EntityManager em) {
    this.em = em;
  }

  public static References load(EntityManager em) {
    References refs = new References(em);
    for (Object[] row : em.createQuery("select i.code, i.unit, i.fractional from Indicator i", Object[].class).getResultList()) {
      refs.indicators.put((String) row[0], new IndicatorRef((String) row[0], (String) row[1], (Boolean) row[2]));
    }
    refs.provinces.addAll(em.createQuery("select p.code from Province p", String.class).getResultList());
    for (Object[] row : em.createQuery("select c.code, c.provinceCode, c.fullName from Commune c", Object[].class).getResultList()) {
      refs.communeProvince.put((String) row[0], (String) row[1]);
      refs.communeName.put((String) row[0], (String) row[2]);
    }
    refs.models.addAll(em.createQuery("select m.code from Model m", String.class).getResultList());
    return refs;
  }

  /** The 2025 successors of a pre-2025 code (none when the code is unknown), read once per code. */
  @SuppressWarnings("unchecked")
  List<String> successors(String oldCode) {
    return successors.computeIfAbsent(oldCode, code -> em.createNativeQuery("select new_code from legacy_successor where old_code = ?1 "
        + "order by new_code").setParameter(1, code).getResultList());
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
      for (Object[] row : em.createQuery("select p.id, p.modelCode, p.communeCode, p.provinceCode from ReplicationPoint p where p.id in :ids",
          Object[].class).setParameter("ids", chunk).getResultList()) {
        points.put((Long) row[0], new PointRef((Long) row[0], (String) row[1], (String) row[2], (String) row[3]));
      }
      for (Long id : chunk) {
        if (!points.containsKey(id)) {
          missingPoints.add(id);
        }
      }
    }
  }
}
