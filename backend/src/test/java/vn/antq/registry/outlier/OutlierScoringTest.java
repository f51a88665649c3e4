package vn.antq.registry.outlier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.antq.registry.outlier.OutlierScoring.Verdict;

/** The scoring against histories computed by hand (figures in the comments). */
class OutlierScoringTest {

  private static final List<Double> MONTHS =
      List.of(3.0, 4.0, 3.0, 5.0, 4.0, 3.0, 4.0, 3.0, 5.0, 4.0, 3.0, 4.0);
  private static final List<Double> ZEROS = Collections.nCopies(12, 0.0);

  private static Verdict outlier(double value, List<Double> history, Double min, Double max) {
    return OutlierScoring.judge(value, history, min, max).orElseThrow();
  }

  @Test
  void aSpikeAgainstAnOrdinaryHistoryIsAMadOutlier() {
    // Sorted: 3×5, 4×5, 5×2 → median 4; deviations 0×5, 1×7 → MAD 1; z = 0.6745 · 36 = 24.282.
    Verdict verdict = outlier(40, MONTHS, null, null);
    assertThat(verdict.method()).isEqualTo(OutlierMethod.MAD);
    assertThat(verdict.median()).isEqualTo(4.0);
    assertThat(verdict.mad()).isEqualTo(1.0);
    assertThat(verdict.score()).isCloseTo(24.282, within(1e-9));
    // 4 ± 3.5 / 0.6745 = 4 ± 5.18903; never below 0.
    assertThat(verdict.lowerBound()).isEqualTo(0.0);
    assertThat(verdict.upperBound()).isCloseTo(9.18903, within(1e-5));
    assertThat(verdict.severity()).isCloseTo(24.282 / 3.5, within(1e-9));
  }

  @Test
  void theMadLimitIsThreeAndAHalf() {
    // 9: z = 0.6745 · 5 = 3.3725, inside; 10: z = 4.047, outside.
    assertThat(OutlierScoring.judge(9, MONTHS, null, null)).isEmpty();
    assertThat(outlier(10, MONTHS, null, null).score()).isCloseTo(4.047, within(1e-9));
  }

  @Test
  void aDropFarBelowTheMedianIsALowMadOutlier() {
    // Sorted 10,10,11,11,12,12,12,13 → median 11.5; deviations .5×5, 1.5×3 → MAD .5;
    // z = 0.6745 · (0 − 11.5) / .5 = −15.5135; lower bound 11.5 − 3.5 · .5 / .6745 = 8.90549.
    Verdict verdict =
        outlier(0, List.of(10.0, 12.0, 11.0, 13.0, 10.0, 12.0, 11.0, 12.0), null, null);
    assertThat(verdict.method()).isEqualTo(OutlierMethod.MAD);
    assertThat(verdict.median()).isEqualTo(11.5);
    assertThat(verdict.mad()).isEqualTo(0.5);
    assertThat(verdict.score()).isCloseTo(-15.5135, within(1e-9));
    assertThat(verdict.lowerBound()).isCloseTo(8.90549, within(1e-5));
  }

  @Test
  void onAllZerosOneIsOrdinaryAndFortyIsAPoissonOutlier() {
    // Rate max(0, 0.5) = 0.5: P(X ≥ 1) = 1 − e^−0.5 = 0.3935.
    assertThat(OutlierScoring.judge(1, ZEROS, null, null)).isEmpty();
    Verdict verdict = outlier(40, ZEROS, null, null);
    assertThat(verdict.method()).isEqualTo(OutlierMethod.POISSON);
    assertThat(verdict.median()).isEqualTo(0.0);
    assertThat(verdict.mad()).isEqualTo(0.0);
    // log10 P(X ≥ 40) ≈ −0.2171 + 40 · log10 0.5 − log10 40! = −0.2171 − 12.0412 − 47.9116.
    assertThat(Math.log10(verdict.score())).isCloseTo(-60.170, within(0.01));
    // P(X ≥ 4) = 0.00175, P(X ≥ 5) = 0.000172: from 5 on.
    assertThat(verdict.upperBound()).isEqualTo(5.0);
    assertThat(verdict.lowerBound()).isNull();
    assertThat(OutlierScoring.judge(4, ZEROS, null, null)).isEmpty();
    assertThat(outlier(5, ZEROS, null, null).score()).isCloseTo(0.000172, within(1e-6));
  }

  @Test
  void thePoissonRateIsTheHistorysMean() {
    // Ten zeros, 3 and 6: median 0, MAD 0, mean 0.75. P(X ≥ 5) = 0.001065, P(X ≥ 6) = 0.000131.
    List<Double> history = new java.util.ArrayList<>(Collections.nCopies(10, 0.0));
    history.add(3.0);
    history.add(6.0);
    assertThat(OutlierScoring.judge(5, history, null, null)).isEmpty();
    Verdict verdict = outlier(6, history, null, null);
    assertThat(verdict.method()).isEqualTo(OutlierMethod.POISSON);
    assertThat(verdict.score()).isCloseTo(0.000131, within(1e-6));
    assertThat(verdict.upperBound()).isEqualTo(6.0);
  }

  @Test
  void aLowValueOnAFlatHistoryIsNotFlagged() {
    // 2 ×6 and 3: median 2, MAD 0; a 0 is never improbable "upwards".
    assertThat(OutlierScoring.judge(0, List.of(2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 3.0), null, null))
        .isEmpty();
  }

  @Test
  void fewerThanSixPastValuesGiveNoVerdict() {
    assertThat(OutlierScoring.judge(40, List.of(3.0, 4.0, 3.0, 5.0, 4.0), null, null)).isEmpty();
    assertThat(OutlierScoring.judge(40, List.of(0.0, 0.0, 0.0), null, null)).isEmpty();
  }

  @Test
  void boundsApplyWhateverTheHistory() {
    // Too short a history: only the bounds speak; severity 1 + excess / max(|limit|, 1).
    Verdict high = outlier(12, List.of(3.0), 1.0, 10.0);
    assertThat(high.method()).isEqualTo(OutlierMethod.BOUNDS);
    assertThat(high.score()).isNull();
    assertThat(high.median()).isNull();
    assertThat(high.lowerBound()).isEqualTo(1.0);
    assertThat(high.upperBound()).isEqualTo(10.0);
    assertThat(high.severity()).isCloseTo(1.2, within(1e-12));
    assertThat(outlier(0.5, List.of(), 1.0, null).severity()).isCloseTo(1.5, within(1e-12));
    assertThat(OutlierScoring.judge(10, List.of(), 1.0, 10.0)).isEmpty();
    // A bound breached on an ordinary history is BOUNDS, with the history's figures beside it.
    Verdict bounded = outlier(6, MONTHS, null, 5.0);
    assertThat(bounded.method()).isEqualTo(OutlierMethod.BOUNDS);
    assertThat(bounded.median()).isEqualTo(4.0);
    assertThat(bounded.mad()).isEqualTo(1.0);
  }

  @Test
  void poissonTailsMatchDirectSums() {
    // k = 400 takes Stirling's series for ln k!: compare with a direct sum in logarithms.
    double rate = 300;
    long k = 400;
    double direct = 0;
    double logPmf = -rate + k * Math.log(rate) - exactLogFactorial(k);
    for (long i = k; i < k + 400; i++) {
      direct += Math.exp(logPmf);
      logPmf += Math.log(rate) - Math.log(i + 1);
    }
    assertThat(OutlierScoring.logUpperTail(k, rate)).isCloseTo(Math.log(direct), within(1e-8));
    assertThat(OutlierScoring.logUpperTail(0, 3)).isEqualTo(0.0);
    // A fractional value needs the next whole count: P(X ≥ 0.4 | 0.5) = P(X ≥ 1).
    assertThat(Math.exp(OutlierScoring.logUpperTail(0.4, 0.5)))
        .isCloseTo(1 - Math.exp(-0.5), within(1e-12));
  }

  private static double exactLogFactorial(long k) {
    double sum = 0;
    for (long i = 2; i <= k; i++) {
      sum += Math.log(i);
    }
    return sum;
  }
}
