package vn.antq.registry.security;

import java.util.Set;

/**
 * Who is acting: a signed-in person or client with roles and a unit (a 2-digit province or a
 * 5-digit commune code from the token's `unit` claim), or the system itself (demo data).
 */
public record Actor(
    String subject,
    String username,
    String clientId,
    Set<String> roles,
    String unit,
    boolean system) {

  public static final Actor SYSTEM = new Actor(null, "system", null, Set.of(), null, true);

  public boolean has(String role) {
    return roles.contains(role);
  }

  public boolean isCentral() {
    return system || has(Role.CENTRAL_ADMIN) || has(Role.CENTRAL_VIEWER);
  }

  public boolean isAdmin() {
    return system || has(Role.CENTRAL_ADMIN);
  }

  public boolean hasProvinceUnit() {
    return unit != null && unit.matches("\\d{2}");
  }

  public boolean hasCommuneUnit() {
    return unit != null && unit.matches("\\d{5}");
  }

  /**
   * Writes for one province: a province officer, or an integration client whose unit is a province.
   */
  public boolean writesForProvince() {
    return has(Role.PROVINCE_OFFICER) || has(Role.INTEGRATION_CLIENT) && hasProvinceUnit();
  }

  /**
   * Writes for one commune: a commune officer, or an integration client whose unit is a commune.
   */
  public boolean writesForCommune() {
    return has(Role.COMMUNE_OFFICER) || has(Role.INTEGRATION_CLIENT) && hasCommuneUnit();
  }
}
