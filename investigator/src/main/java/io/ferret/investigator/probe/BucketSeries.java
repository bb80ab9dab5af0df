package io.ferret.investigator.probe;

import java.util.Objects;

/**
 * A metric per time bucket (day or hour), oldest first, with the window asked about inside it and maybe later
 * buckets after it; NaN where a bucket has no value (an average or a rate with no rows).
 *
 * @param values the metric per bucket, from the first bucket with data
 * @param windowStart the position of the window's first bucket
 * @param windowEnd the position after the window's last bucket; later positions are data after the window
 * @param period buckets per seasonal cycle: 7 for days (weekdays), 24 for hours (hours of the day)
 */
record BucketSeries(double[] values, int windowStart, int windowEnd, int period) {
  BucketSeries {
    Objects.requireNonNull(values, "values is null");
    if (windowStart < 0 || windowStart >= windowEnd || windowEnd > values.length) {
      throw new IllegalArgumentException("window [" + windowStart + ", " + windowEnd + ") outside "
          + values.length + " buckets");
    }
    if (period < 1) {
      throw new IllegalArgumentException("period must be positive, got " + period);
    }
  }

  int size() {
    return values.length;
  }

  /** The position's place in the seasonal cycle, counted from the window's first bucket. */
  int slot(int position) {
    return Math.floorMod(position - windowStart, period);
  }
}
