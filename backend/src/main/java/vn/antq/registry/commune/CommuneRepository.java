package vn.antq.registry.commune;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.antq.registry.common.Lookups;

/** Every query on the commune table. */
@ApplicationScoped
public class CommuneRepository implements PanacheRepositoryBase<Commune, String> {

  /** Where a commune is and what it is called: all another feature needs to file a value. */
  public record Place(String code, String provinceCode, String fullName) {}

  /**
   * A commune of a province with its position in the name order (communes whose names the collation
   * holds equal share a rank), so other features can order by name as the database does.
   */
  public record Ranked(String code, String name, long nameRank) {}

  public Commune require(String code) {
    return Lookups.require(findById(code), "xã", code);
  }

  public Commune reference(String field, String code) {
    return Lookups.reference(field, code, this::findById, "xã", "commune");
  }

  public List<Commune> byCodes(Collection<String> codes) {
    return list("code in ?1", codes);
  }

  public List<Place> places() {
    return getEntityManager()
        .createQuery("select c.code, c.provinceCode, c.fullName from Commune c", Object[].class)
        .getResultStream()
        .map(r -> new Place((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  /** The communes of a province (every commune when null), by code. */
  public List<Place> placesIn(String provinceCode) {
    String where = provinceCode == null ? "" : " where c.provinceCode = :province";
    var query =
        getEntityManager()
            .createQuery(
                "select c.code, c.provinceCode, c.fullName from Commune c"
                    + where
                    + " order by c.code",
                Object[].class);
    if (provinceCode != null) {
      query.setParameter("province", provinceCode);
    }
    return query
        .getResultStream()
        .map(r -> new Place((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  public Optional<Place> place(String code) {
    return getEntityManager()
        .createQuery(
            "select c.code, c.provinceCode, c.fullName from Commune c where c.code = ?1",
            Object[].class)
        .setParameter(1, code)
        .getResultStream()
        .findFirst()
        .map(r -> new Place((String) r[0], (String) r[1], (String) r[2]));
  }

  /** Code and name of every commune of a province, by code. */
  public Map<String, String> namesIn(String provinceCode) {
    Map<String, String> result = new LinkedHashMap<>();
    getEntityManager()
        .createQuery(
            "select c.code, c.name from Commune c where c.provinceCode = ?1 order by c.code",
            Object[].class)
        .setParameter(1, provinceCode)
        .getResultStream()
        .forEach(r -> result.put((String) r[0], (String) r[1]));
    return result;
  }

  public boolean exists(String code) {
    return count("code", code) > 0;
  }

  public List<String> codes() {
    return getEntityManager()
        .createQuery("select c.code from Commune c", String.class)
        .getResultList();
  }

  /** How many communes a province has, or the whole country when the province is null. */
  public long countIn(String provinceCode) {
    return provinceCode == null ? count() : count("provinceCode", provinceCode);
  }

  public Map<String, Long> countByProvince() {
    Map<String, Long> result = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select c.provinceCode, count(c) from Commune c group by c.provinceCode",
            Object[].class)
        .getResultStream()
        .forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
    return result;
  }

  public List<Ranked> rankedByName(String provinceCode) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select code, name, dense_rank() over (order by name) from commune "
                    + "where province_code = ?1 order by name, code")
            .setParameter(1, provinceCode)
            .getResultList();
    return rows.stream()
        .map(r -> new Ranked((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
        .toList();
  }
}
