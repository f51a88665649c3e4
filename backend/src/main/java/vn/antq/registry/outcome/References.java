package vn.antq.registry.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.antq.registry.commune.CommuneRepository;
import vn.antq.registry.indicator.Indicator;
import vn.antq.registry.indicator.IndicatorRepository;
import vn.antq.registry.legacy.LegacyRepository;
import vn.antq.registry.model.ModelRepository;
import vn.antq.registry.point.PointRepository;
import vn.antq.registry.province.ProvinceRepository;

/**
 * The registry's codes an outcome value may name, read as plain values rather than entities:
 * indicators and provinces at once; communes, models and points on first use. An import calls
 * {@link #preloadAll()} so that a million rows cost a handful of queries; a small POST reads only
 * what it names. Every read goes through the owning feature's repository.
 */
public final class References {

  public record IndicatorRef(String code, String unit, boolean fractional) {}

  /** The repositories References reads; one bean so that a batch or an import gets them at once. */
  @ApplicationScoped
  public static class Sources {
    @Inject IndicatorRepository indicators;
    @Inject ProvinceRepository provinces;
    @Inject CommuneRepository communes;
    @Inject ModelRepository models;
    @Inject PointRepository points;
    @Inject LegacyRepository legacy;

    public References load() {
      References refs = new References(this);
      for (Indicator i : indicators.listAll()) {
        refs.indicators.put(i.code, new IndicatorRef(i.code, i.unit, i.fractional));
      }
      refs.provinces.addAll(provinces.codes());
      return refs;
    }
  }

  private final Sources sources;
  final Map<String, IndicatorRef> indicators = new HashMap<>();
  final Set<String> provinces = new HashSet<>();

  /** Commune code → where it is; a missing commune is remembered as an empty optional. */
  private final Map<String, Optional<CommuneRepository.Place>> communes = new HashMap<>();

  private final Map<String, Boolean> models = new HashMap<>();
  private boolean complete;
  private final Map<String, List<String>> successors = new HashMap<>();
  final Map<Long, PointRepository.Place> points = new HashMap<>();
  private final Set<Long> missingPoints = new HashSet<>();

  private References(Sources sources) {
    this.sources = sources;
  }

  /** Reads every commune and model code at once: for imports, which name thousands of them. */
  public References preloadAll() {
    for (CommuneRepository.Place place : sources.communes.places()) {
      communes.put(place.code(), Optional.of(place));
    }
    for (String code : sources.models.codes()) {
      models.put(code, Boolean.TRUE);
    }
    complete = true;
    return this;
  }

  /** The commune's 2025 province, or null when there is no such commune. */
  String communeProvince(String code) {
    return commune(code).map(CommuneRepository.Place::provinceCode).orElse(null);
  }

  String communeName(String code) {
    return commune(code).map(CommuneRepository.Place::fullName).orElse(null);
  }

  private Optional<CommuneRepository.Place> commune(String code) {
    return communes.computeIfAbsent(
        code, c -> complete ? Optional.empty() : sources.communes.place(c));
  }

  boolean modelExists(String code) {
    return models.computeIfAbsent(code, c -> !complete && sources.models.exists(c));
  }

  /** The 2025 successors of a pre-2025 code (none when the code is unknown), read once per code. */
  List<String> successors(String oldCode) {
    return successors.computeIfAbsent(oldCode, sources.legacy::successorCodes);
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
      for (PointRepository.Place place : sources.points.places(chunk)) {
        points.put(place.id(), place);
      }
      for (Long id : chunk) {
        if (!points.containsKey(id)) {
          missingPoints.add(id);
        }
      }
    }
  }
}
