package vn.antq.registry.outcome;

import java.util.List;

/**
 * Several periods given as one comma-separated query value (?period=2024Q1,2024Q2), each once, in
 * the order asked.
 */
public record Periods(List<Period> values) {

  public static final Periods NONE = new Periods(List.of());
}
