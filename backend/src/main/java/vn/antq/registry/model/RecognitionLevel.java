package vn.antq.registry.model;

/**
 * Who recognised the model; DISTRICT only for recognitions made before districts were abolished in
 * 2025.
 */
public enum RecognitionLevel {
  COMMUNE,
  DISTRICT,
  PROVINCE,
  NATIONAL
}
