package io.ferret.investigator.probe;

import java.util.Arrays;

/** Statistics that a few wild values cannot drag: the median, the scaled MAD and the Theil–Sen slope. */
public final class RobustStatistics {
  /** Makes the median absolute deviation of normal noise an estimate of its standard deviation. */
  public static final double MAD_SCALE = 1.4826;

  private RobustStatistics() {}

  /** The median of the values; NaN for none. */
  public static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** The median distance from the median, scaled to a standard deviation for normal noise. */
  public static double spread(double[] values) {
    double median = median(values);
    double[] distances = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      distances[i] = Math.abs(values[i] - median);
    }
    return MAD_SCALE * median(distances);
  }

  /** The Theil–Sen slope of {@code values} against {@code positions}: the median of the pairwise slopes. */
  public static double slope(double[] positions, double[] values) {
    int n = values.length;
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (values[j] - values[i]) / (positions[j] - positions[i]);
      }
    }
    return median(Arrays.copyOf(slopes, k));
  }
}
