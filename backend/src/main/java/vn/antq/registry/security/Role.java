package vn.antq.registry.security;

/** The realm roles of Keycloak realm `antq`. */
public final class Role {

  public static final String CENTRAL_ADMIN = "central-admin";
  public static final String CENTRAL_VIEWER = "central-viewer";
  public static final String PROVINCE_OFFICER = "province-officer";
  public static final String COMMUNE_OFFICER = "commune-officer";
  public static final String INTEGRATION_CLIENT = "integration-client";

  private Role() {}
}
