package io.ferret.investigator.finding;

import weka.core.Statistics;

/** Two-sided tests on normal approximations; every p-value is 1 when the data cannot tell. */
final class NormalTests {
  private NormalTests() {}

  /** The two-sided p-value of a standard normal statistic. */
  static double twoSided(double z) {
    if (Double.isNaN(z)) {
      return 1;
    }
    return Math.min(1, 2 * Statistics.normalProbability(-Math.abs(z)));
  }

  /**
   * Whether two groups hold different shares of interest: {@code interest / total} in each, with the effective
   * sample sizes standing in for row counts, so that heavy rows (large amounts) do not fake certainty.
   */
  static double twoProportions(
      double interestA, double totalA, double sizeA, double interestB, double totalB, double sizeB) {
    if (!(totalA > 0 && totalB > 0 && sizeA > 0 && sizeB > 0)) {
      return 1;
    }
    double pooled = (interestA + interestB) / (totalA + totalB);
    double variance = pooled * (1 - pooled) * (1 / sizeA + 1 / sizeB);
    if (!(variance > 0)) {
      return 1;
    }
    return twoSided((interestA / totalA - interestB / totalB) / Math.sqrt(variance));
  }

  /** Whether a difference is nonzero given its variance. */
  static double difference(double difference, double variance) {
    if (!(variance > 0) || Double.isNaN(difference)) {
      return 1;
    }
    return twoSided(difference / Math.sqrt(variance));
  }
}
