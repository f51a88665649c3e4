package vn.antq.registry.summary;

/** Which models and points count at the end of a period: started by then and not yet retired. */
final class AsOf {

  static final String MODEL_COUNTS = "(started_on is null or started_on <= :asOf) and not (status = 'RETIRED' and status_since <= :asOf)";
  static final String POINT_COUNTS = "(established_on is null or established_on <= :asOf) and not (status = 'RETIRED' and status_since <= :asOf)";

  private AsOf() {
  }
}
