package vn.antq.registry.point;

/**
 * Where a model is replicated: a village or residential group, an agency, a school, a clan, a sea
 * route, ...
 */
public enum PlaceType {
  VILLAGE,
  RESIDENTIAL_GROUP,
  AGENCY,
  ENTERPRISE,
  SCHOOL,
  RELIGIOUS,
  CLAN,
  SEA,
  OTHER
}
