package vn.antq.registry.commune;

/** Xã, phường or đặc khu (special island zone). */
public enum CommuneType {
  XA,
  PHUONG,
  DAC_KHU
}
