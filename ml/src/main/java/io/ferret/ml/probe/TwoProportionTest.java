package io.ferret.ml.probe;

import weka.core.Statistics;

/**
 * The two-sided two-proportion z-test on weighted rows, with each group's size taken as its effective sample
 * size so that large weights (rows scaled to the table, or metric mass) do not inflate significance.
 */
final class TwoProportionTest {
  private TwoProportionTest() {}

  static double pValue(Tally first, Tally second) {
    double firstSize = first.effectiveSize();
    double secondSize = second.effectiveSize();
    if (firstSize <= 0 || secondSize <= 0) {
      return 1;
    }
    double pooled = (first.interest() + second.interest()) / (first.total() + second.total());
    double variance = pooled * (1 - pooled) * (1 / firstSize + 1 / secondSize);
    if (!(variance > 0)) {
      return 1;
    }
    double z = (first.share() - second.share()) / Math.sqrt(variance);
    return Math.min(1, 2 * Statistics.normalProbability(-Math.abs(z)));
  }
}
