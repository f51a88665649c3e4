package vn.antq.registry.imports;

/** atomic: all rows or none; partial: valid rows in, invalid rows reported. */
public enum ImportMode {
  ATOMIC,
  PARTIAL
}
