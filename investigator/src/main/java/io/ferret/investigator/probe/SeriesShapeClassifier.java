package io.ferret.investigator.probe;

import io.ferret.investigator.probe.SeriesShape.Kind;
import java.util.Arrays;

/**
 * Tells whether the window of a {@link BucketSeries} holds a one-off spike, a level shift, part of a steady
 * trend, or nothing out of the usual. Each bucket is first put on a common footing by removing its weekday's
 * (hour's) usual offset, the median of the same slot in the weeks (days) before the window, so a normal weekend
 * dip is not read as a shift; noise is measured on the differences between neighbouring buckets, which a step
 * or a slope barely moves. Medians throughout, so a few wild buckets cannot set the baseline.
 */
final class SeriesShapeClassifier {
  /** Robust z beyond which a bucket is out of its usual range. */
  static final double OUT_OF_RANGE = 3.5;
  /** How many standard errors a step or a trend must move the level by. */
  static final double STEP = 4;
  /** The longest run of buckets still called a spike. */
  static final int MAX_SPIKE = 3;
  /** The fewest buckets after a step that can show it is sustained. */
  static final int MIN_AFTER_STEP = 3;
  /** Same-slot values needed in the history before buckets are compared with their own weekday (hour). */
  static final int MIN_SEASONS = 3;
  /** Share of buckets that must agree: on the new level after a shift, in range before a change. */
  static final double MOST = 0.75;
  /** A line must fit this much better than a flat level to be a trend. */
  static final double TREND_FIT = 0.8;
  /** The smallest noise assumed, as a share of the level: a move under 1% is never a shape. */
  static final double MIN_NOISE_SHARE = 0.01;

  SeriesShape classify(BucketSeries series) {
    int start = series.windowStart();
    double[] y = series.values();
    if (valid(y, 0, start).length < 2 * series.period() || valid(y, start, series.windowEnd()).length == 0) {
      return SeriesShape.plain(Kind.TOO_LITTLE_DATA);
    }
    double[] offsets = offsets(series);
    boolean seasonal = Arrays.stream(offsets).anyMatch(offset -> offset != 0);
    double[] x = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      x[i] = y[i] - offsets[series.slot(i)];
    }
    double noise = noise(x, start);
    Step nearWindow = bestStep(x, Math.max(series.period(), start - Math.max(series.windowEnd() - start,
        series.period())), series.windowEnd());
    Step anywhere = bestStep(x, series.period(), x.length);
    Line line = Line.fit(x);
    if (nearWindow != null && isShift(nearWindow, x, noise, series.period()) && nearWindow.cost < line.cost) {
      return new SeriesShape(Kind.LEVEL_SHIFT, nearWindow.at, x.length, mean(y, nearWindow.at, x.length),
          usual(series, offsets, nearWindow.before, nearWindow.at, x.length), 0, seasonal, null);
    }
    if (isTrend(line, anywhere, x, noise, series)) {
      return new SeriesShape(Kind.TREND, line.first, line.last + 1, line.at(line.last), line.at(line.first),
          line.slope, seasonal, null);
    }
    return aroundWindow(series, offsets, seasonal, x, noise);
  }

  /** A spike, a window within range, or no clear shape, against the level of the cycles just before the window. */
  private static SeriesShape aroundWindow(BucketSeries series, double[] offsets, boolean seasonal, double[] x,
      double noise) {
    int start = series.windowStart();
    int end = series.windowEnd();
    double[] before = valid(x, Math.max(0, start - 2 * series.period()), start);
    double level = RobustStatistics.median(before);
    int strongest = -1;
    for (int i = start; i < end; i++) {
      if (!Double.isNaN(x[i]) && Math.abs(x[i] - level) > OUT_OF_RANGE * noise
          && (strongest < 0 || Math.abs(x[i] - level) > Math.abs(x[strongest] - level))) {
        strongest = i;
      }
    }
    if (strongest < 0) {
      return new SeriesShape(Kind.WITHIN_RANGE, start, end, mean(series.values(), start, end),
          usual(series, offsets, level, start, end), 0, seasonal, null);
    }
    double direction = Math.signum(x[strongest] - level);
    int first = strongest;
    int last = strongest;
    for (int i = start; i < end; i++) {
      if (!Double.isNaN(x[i]) && (x[i] - level) * direction > OUT_OF_RANGE * noise) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    double[] later = valid(x, last + 1, x.length);
    boolean quietBefore = inRange(before, level, noise) >= MOST;
    Boolean backToNormal = later.length == 0 ? null : inRange(later, level, noise) >= MOST;
    if (last - first + 1 > MAX_SPIKE || !quietBefore || Boolean.FALSE.equals(backToNormal)) {
      return SeriesShape.plain(Kind.UNCLEAR);
    }
    return new SeriesShape(Kind.SPIKE, first, last + 1, mean(series.values(), first, last + 1),
        usual(series, offsets, level, first, last + 1), 0, seasonal, backToNormal);
  }

  /**
   * A step whose new level is well beyond noise for that many buckets (a long small shift counts, as its mean
   * is sure), with most buckets after it on the new side and most of the cycles before it quiet.
   */
  private static boolean isShift(Step step, double[] x, double noise, int period) {
    double jump = step.after - step.before;
    double[] after = valid(x, step.at, x.length);
    if (Math.abs(jump) < STEP * noise / Math.sqrt(after.length)) {
      return false;
    }
    long moved = Arrays.stream(after).filter(value -> (value - step.before) * Math.signum(jump) > Math.abs(jump) / 2)
        .count();
    return moved >= MOST * after.length
        && inRange(valid(x, Math.max(0, step.at - 2 * period), step.at), step.before, noise) >= MOST;
  }

  /**
   * A slope that moves the level well beyond noise over the whole span, a line that fits clearly better than a
   * flat level and at least as well as any single step, and thirds of the span that move the same way in turn.
   */
  private static boolean isTrend(Line line, Step anywhere, double[] x, double noise, BucketSeries series) {
    if (line.last - line.first < 3 * (series.windowEnd() - series.windowStart())
        || Math.abs(line.slope) * (line.last - line.first) < STEP * noise
        || line.cost > TREND_FIT * flatCost(x) || (anywhere != null && anywhere.cost < line.cost)) {
      return false;
    }
    double[] all = valid(x, 0, x.length);
    int third = all.length / 3;
    double early = RobustStatistics.median(Arrays.copyOfRange(all, 0, third));
    double middle = RobustStatistics.median(Arrays.copyOfRange(all, third, 2 * third));
    double late = RobustStatistics.median(Arrays.copyOfRange(all, 2 * third, all.length));
    double sign = Math.signum(line.slope);
    return (middle - early) * sign > 0 && (late - middle) * sign > 0;
  }

  /**
   * Each slot's median minus the median of all buckets before the window; zeros unless every slot has
   * {@value #MIN_SEASONS} values there.
   */
  private static double[] offsets(BucketSeries series) {
    int period = series.period();
    double[] offsets = new double[period];
    double[] history = valid(series.values(), 0, series.windowStart());
    double overall = RobustStatistics.median(history);
    for (int slot = 0; slot < period; slot++) {
      double[] same = new double[series.windowStart()];
      int count = 0;
      for (int i = 0; i < series.windowStart(); i++) {
        if (series.slot(i) == slot && !Double.isNaN(series.values()[i])) {
          same[count++] = series.values()[i];
        }
      }
      if (count < MIN_SEASONS) {
        return new double[period];
      }
      offsets[slot] = RobustStatistics.median(Arrays.copyOf(same, count)) - overall;
    }
    return offsets;
  }

  /**
   * The noise's standard deviation from neighbouring buckets before the window: their differences have twice
   * its variance, and a step or slope shifts only one or all of them by a little. At least 1% of the level.
   */
  private static double noise(double[] x, int end) {
    double[] differences = new double[end];
    int count = 0;
    for (int i = 1; i < end; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(x[i - 1])) {
        differences[count++] = Math.abs(x[i] - x[i - 1]);
      }
    }
    double fromDifferences = RobustStatistics.MAD_SCALE * RobustStatistics.median(Arrays.copyOf(differences, count))
        / Math.sqrt(2);
    double floor = MIN_NOISE_SHARE * Math.abs(RobustStatistics.median(valid(x, 0, end)));
    return Math.max(Math.max(Double.isNaN(fromDifferences) ? 0 : fromDifferences, floor), Double.MIN_NORMAL);
  }

  /** The single step with the least absolute error among those starting in [from, to). */
  private static Step bestStep(double[] x, int from, int to) {
    Step best = null;
    for (int at = from; at < to; at++) {
      double[] before = valid(x, 0, at);
      double[] after = valid(x, at, x.length);
      if (after.length < MIN_AFTER_STEP || before.length == 0) {
        continue;
      }
      double levelBefore = RobustStatistics.median(before);
      double levelAfter = RobustStatistics.median(after);
      double cost = absoluteError(before, levelBefore) + absoluteError(after, levelAfter);
      if (best == null || cost < best.cost) {
        best = new Step(at, levelBefore, levelAfter, cost);
      }
    }
    return best;
  }

  private static double flatCost(double[] x) {
    double[] all = valid(x, 0, x.length);
    return absoluteError(all, RobustStatistics.median(all));
  }

  /** The share of values within {@value #OUT_OF_RANGE} noise deviations of {@code level}; 1 for none. */
  private static double inRange(double[] values, double level, double noise) {
    if (values.length == 0) {
      return 1;
    }
    return (double) Arrays.stream(values).filter(value -> Math.abs(value - level) <= OUT_OF_RANGE * noise).count()
        / values.length;
  }

  /** What buckets [from, to) usually show: the adjusted level plus each one's slot offset, on average. */
  private static double usual(BucketSeries series, double[] offsets, double level, int from, int to) {
    double sum = 0;
    int count = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(series.values()[i])) {
        sum += level + offsets[series.slot(i)];
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double mean(double[] values, int from, int to) {
    return Arrays.stream(valid(values, from, to)).average().orElse(Double.NaN);
  }

  private static double absoluteError(double[] values, double level) {
    return Arrays.stream(values).map(value -> Math.abs(value - level)).sum();
  }

  /** The values of positions [from, to) that have one. */
  private static double[] valid(double[] values, int from, int to) {
    return Arrays.stream(values, Math.max(0, from), Math.max(Math.max(0, from), to))
        .filter(value -> !Double.isNaN(value)).toArray();
  }

  /** A level before and after position {@code at}, and the absolute error of that fit. */
  private record Step(int at, double before, double after, double cost) {}

  /** A Theil–Sen line through the buckets with values, from the first such position to the last. */
  private record Line(int first, int last, double intercept, double slope, double cost) {
    static Line fit(double[] x) {
      int count = (int) Arrays.stream(x).filter(value -> !Double.isNaN(value)).count();
      double[] positions = new double[count];
      double[] values = new double[count];
      int k = 0;
      for (int i = 0; i < x.length; i++) {
        if (!Double.isNaN(x[i])) {
          positions[k] = i;
          values[k++] = x[i];
        }
      }
      double slope = RobustStatistics.slope(positions, values);
      double[] intercepts = new double[count];
      for (int i = 0; i < count; i++) {
        intercepts[i] = values[i] - slope * positions[i];
      }
      double intercept = RobustStatistics.median(intercepts);
      double cost = 0;
      for (int i = 0; i < count; i++) {
        cost += Math.abs(values[i] - intercept - slope * positions[i]);
      }
      return new Line((int) positions[0], (int) positions[count - 1], intercept, slope, cost);
    }

    double at(int position) {
      return intercept + slope * position;
    }
  }
}
