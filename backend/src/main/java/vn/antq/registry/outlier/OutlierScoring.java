package vn.antq.registry.outlier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Judges one value against its unit's own history for the indicator. Counts of a village are small,
 * skewed and often zero, so a mean/standard-deviation z-score flags everything: the median and the
 * median absolute deviation (MAD) resist the spikes a z-score chases, and where the MAD is 0 (a
 * flat or mostly-zero history) a Poisson bound at the history's mean says whether a count is
 * improbable. No verdict on fewer than {@link #MIN_HISTORY} past values. Pure: no database.
 */
public final class OutlierScoring {

  /** How many previous periods of the same type a value is judged against. */
  public static final int MAX_HISTORY = 12;

  /** Fewer past values than this: no statistical verdict (bounds still apply). */
  public static final int MIN_HISTORY = 6;

  /** Iglewicz and Hoaglin's limit for the modified z-score. */
  public static final double Z_LIMIT = 3.5;

  /** 0.6745 makes the MAD of a normal sample comparable with its standard deviation. */
  public static final double Z_FACTOR = 0.6745;

  /** A count this improbable under the history's Poisson rate is an outlier. */
  public static final double P_LIMIT = 0.001;

  /** An all-zero history would give rate 0, under which any count is impossible: floor it. */
  public static final double MIN_RATE = 0.5;

  private OutlierScoring() {}

  /**
   * Why a value is an outlier.
   *
   * @param score the modified z-score (MAD) or the tail probability P(X ≥ x) (POISSON); null for
   *     BOUNDS
   * @param median of the history, null when it is too short
   * @param mad median absolute deviation of the history, null when it is too short
   * @param lowerBound below it a value is an outlier; null: no lower limit
   * @param upperBound above it (POISSON: from it on) a value is an outlier; null: no upper limit
   * @param severity comparable across methods: 1 at the limit, larger is worse
   */
  public record Verdict(
      OutlierMethod method,
      Double score,
      Double median,
      Double mad,
      Double lowerBound,
      Double upperBound,
      double severity) {}

  /**
   * The verdict on {@code value}, empty when it is not an outlier.
   *
   * @param history the unit's earlier values for the indicator (order does not matter)
   * @param min the indicator's lower bound, or null
   * @param max the indicator's upper bound, or null
   */
  public static Optional<Verdict> judge(
      double value, List<Double> history, Double min, Double max) {
    boolean enough = history.size() >= MIN_HISTORY;
    Double median = enough ? median(history) : null;
    Double mad = enough ? mad(history, median) : null;
    if (min != null && value < min || max != null && value > max) {
      double limit = min != null && value < min ? min : max;
      double severity = 1 + Math.abs(value - limit) / Math.max(Math.abs(limit), 1);
      return Optional.of(new Verdict(OutlierMethod.BOUNDS, null, median, mad, min, max, severity));
    }
    if (!enough) {
      return Optional.empty();
    }
    if (mad > 0) {
      double z = Z_FACTOR * (value - median) / mad;
      if (Math.abs(z) <= Z_LIMIT) {
        return Optional.empty();
      }
      double reach = Z_LIMIT * mad / Z_FACTOR;
      return Optional.of(
          new Verdict(
              OutlierMethod.MAD,
              z,
              median,
              mad,
              Math.max(0, median - reach),
              median + reach,
              Math.abs(z) / Z_LIMIT));
    }
    // MAD 0: at least half the history equals the median. Only a high count can be improbable.
    double rate = Math.max(mean(history), MIN_RATE);
    double logTail = logUpperTail(value, rate);
    if (logTail >= Math.log(P_LIMIT)) {
      return Optional.empty();
    }
    return Optional.of(
        new Verdict(
            OutlierMethod.POISSON,
            Math.exp(logTail),
            median,
            mad,
            null,
            (double) poissonLimit(rate),
            logTail / Math.log(P_LIMIT)));
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static double mad(List<Double> values, double median) {
    return median(values.stream().map(v -> Math.abs(v - median)).toList());
  }

  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /**
   * ln P(X ≥ x) for X ~ Poisson(rate); a fractional x (kilograms) needs the next whole count.
   * Summed from the tail itself, in logarithms, so that 1e-60 does not round to 0 or to 1 − 1.
   */
  static double logUpperTail(double x, double rate) {
    long k = (long) Math.ceil(x);
    if (k <= 0) {
      return 0;
    }
    if (k <= rate) {
      // Not in the tail: 1 − P(X < k) is far from 0 and the complement is exact enough.
      double below = 0;
      double term = Math.exp(-rate);
      for (long i = 0; i < k; i++) {
        below += term;
        term *= rate / (i + 1);
      }
      return Math.log(Math.max(1 - below, Double.MIN_NORMAL));
    }
    double logFirst = -rate + k * Math.log(rate) - logFactorial(k);
    double sum = 1;
    double ratio = 1;
    for (long i = k + 1; ratio > 1e-17 * sum; i++) {
      ratio *= rate / i;
      sum += ratio;
    }
    return logFirst + Math.log(sum);
  }

  /** The smallest count whose upper tail is below {@link #P_LIMIT}: from it on, an outlier. */
  static long poissonLimit(double rate) {
    long k = (long) Math.floor(rate) + 1;
    while (logUpperTail(k, rate) >= Math.log(P_LIMIT)) {
      k++;
    }
    return k;
  }

  /** ln k!, exact for small k, Stirling's series beyond (error below 1e-12 there). */
  static double logFactorial(long k) {
    if (k < 256) {
      double sum = 0;
      for (long i = 2; i <= k; i++) {
        sum += Math.log(i);
      }
      return sum;
    }
    double n = k;
    return n * Math.log(n)
        - n
        + 0.5 * Math.log(2 * Math.PI * n)
        + 1 / (12 * n)
        - 1 / (360 * n * n * n);
  }
}
