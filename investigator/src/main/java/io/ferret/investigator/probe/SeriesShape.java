package io.ferret.investigator.probe;

import java.util.Objects;

/**
 * What the metric's series does around the window asked about, in bucket positions of a {@link BucketSeries}.
 *
 * @param kind spike, level shift, trend, within range, or no clear shape
 * @param from the first bucket the shape names: the spike's or the shift's start; the window's for the others
 * @param to the bucket after the last one it names (exclusive)
 * @param actual the metric per bucket over those buckets, on average (for a trend: where its line ends)
 * @param usual what those buckets usually show (for a trend: where its line starts)
 * @param slope for a trend, the change per bucket; 0 otherwise
 * @param seasonal whether "usual" compares each bucket with the same weekday (or hour) in earlier weeks (days)
 * @param backToNormal for a spike, whether later buckets are back in range; null when no later data exists
 */
record SeriesShape(Kind kind, int from, int to, double actual, double usual, double slope, boolean seasonal,
    Boolean backToNormal) {
  /** The shapes a series can take. */
  enum Kind { SPIKE, LEVEL_SHIFT, TREND, WITHIN_RANGE, UNCLEAR, TOO_LITTLE_DATA }

  SeriesShape {
    Objects.requireNonNull(kind, "kind is null");
  }

  /** A shape with no numbers to tell: an unclear series, or too little data before or in the window. */
  static SeriesShape plain(Kind kind) {
    return new SeriesShape(kind, 0, 0, Double.NaN, Double.NaN, 0, false, null);
  }
}
