package io.ferret.investigator.digest;

import io.ferret.investigator.probe.RobustStatistics;
import io.ferret.investigator.semantic.MetricKind;
import java.util.Arrays;

/**
 * Judges one day of one series against what its history predicts: the median of the same weekday in earlier
 * weeks (weekday seasonality), or of the previous two weeks when there are too few of those, with a robust
 * spread, 1.4826 × MAD. Two floors keep a few quiet weeks from calling chance an anomaly: the day's own sampling
 * noise (see {@link DailySeries.Parts#noise}), and a share of the level, 5% for sums and counts and 2% for rates
 * and averages.
 *
 * @param expected what history predicts for the day; NaN when history is too short to say
 * @param actual the day's value
 * @param score (actual − expected) / spread
 * @param relativeChange (actual − expected) / |expected|
 * @param typicalRows the rows such a day usually holds
 * @param rows the rows the day holds
 */
record DayJudgement(double expected, double actual, double score, double relativeChange, double typicalRows,
    long rows) {
  private static final int MIN_POINTS = 3;
  private static final int FALLBACK_DAYS = 14;

  /** The day's sampling noise, given the value history expects and the rows such a day usually holds. */
  @FunctionalInterface
  interface Noise {
    double at(int day, double expected, double typicalRows);
  }

  static DayJudgement of(double[] values, long[] rows, boolean[] covered, int day, int historyWeeks,
      MetricKind kind, Noise noise) {
    double[] points = new double[Math.max(historyWeeks, FALLBACK_DAYS)];
    double[] pointRows = new double[points.length];
    int count = 0;
    for (int week = 1; week <= historyWeeks && day - 7 * week >= 0; week++) {
      int earlier = day - 7 * week;
      if (covered[earlier] && !Double.isNaN(values[earlier])) {
        pointRows[count] = rows[earlier];
        points[count++] = values[earlier];
      }
    }
    if (count < MIN_POINTS) {
      count = 0;
      for (int earlier = day - 1; earlier >= Math.max(0, day - FALLBACK_DAYS); earlier--) {
        if (covered[earlier] && !Double.isNaN(values[earlier])) {
          pointRows[count] = rows[earlier];
          points[count++] = values[earlier];
        }
      }
    }
    double actual = values[day];
    if (count < MIN_POINTS || Double.isNaN(actual)) {
      return new DayJudgement(Double.NaN, actual, 0, 0, 0, rows[day]);
    }
    double[] history = Arrays.copyOf(points, count);
    double median = RobustStatistics.median(history);
    double typicalRows = RobustStatistics.median(Arrays.copyOf(pointRows, count));
    double spread = Math.max(RobustStatistics.spread(history),
        Math.max(floor(kind, median), noise.at(day, median, typicalRows)));
    double difference = actual - median;
    double relative = median == 0 ? (difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference))
        : difference / Math.abs(median);
    double score = spread == 0 ? (difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference))
        : difference / spread;
    return new DayJudgement(median, actual, score, relative, typicalRows, rows[day]);
  }

  /**
   * Whether the day is an anomaly at this sensitivity and volume. Sums and counts count when either the day or
   * its usual volume is large enough, so a segment that fell to nothing is seen; rates and averages need both,
   * since a rate of a handful of rows says little however it moved.
   */
  boolean isAnomaly(Sensitivity sensitivity, long minVolume, MetricKind kind) {
    boolean additive = kind == MetricKind.COUNT || kind == MetricKind.SUM;
    return !Double.isNaN(expected)
        && (additive ? Math.max(rows, typicalRows) : Math.min(rows, typicalRows)) >= minVolume
        && Math.abs(score) >= sensitivity.minScore()
        && Math.abs(relativeChange) >= sensitivity.minRelativeChange();
  }

  private static double floor(MetricKind kind, double level) {
    return switch (kind) {
      case COUNT, SUM -> 0.05 * Math.abs(level);
      case RATE, AVERAGE, RATIO -> 0.02 * Math.abs(level);
    };
  }
}
