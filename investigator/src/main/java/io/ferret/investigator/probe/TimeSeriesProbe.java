package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.Metric;
import io.ferret.ml.Deadline;
import io.ferret.ml.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Time-series context for a change: is the current window a one-off spike, a level shift, part of a trend, or
 * within the usual range for its weekdays? Reads the metric per day (per hour for windows under a day) over
 * the weeks before the window and a little after it in one query, and lets {@link SeriesShapeClassifier} judge.
 */
final class TimeSeriesProbe implements Probe {
  static final String NAME = "time_series";
  /** Windows of history looked at, at least: enough for a trend to show across several of them. */
  private static final int HISTORY_WINDOWS = 4;
  /** Buckets of history looked at, at most: a year of days. */
  private static final int MAX_HISTORY = 366;
  /** Buckets after the window looked at when the data goes on, at least: enough to see a spike end. */
  private static final int MIN_AFTER = 3;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeOutcome run(ProbeContext context, Deadline deadline) {
    ProbeSession session = context.session();
    Scope scope = session.scope();
    TimeWindow window = scope.current();
    long windowSeconds = Duration.between(window.from(), window.to()).getSeconds();
    BucketGrain grain = BucketGrain.forWindow(windowSeconds);
    int windowBuckets = (int) (windowSeconds / grain.seconds);
    if (windowBuckets == 0) {
      return new SkippedOutcome("the window is shorter than an hour");
    }
    // a window that ends inside a bucket (a period to date) is judged on its whole buckets, without data after
    int after = windowSeconds % grain.seconds == 0 ? Math.max(windowBuckets, MIN_AFTER) : 0;
    int history = Math.min(MAX_HISTORY, Math.max(grain.history, HISTORY_WINDOWS * windowBuckets));
    long[] rows = new long[history + windowBuckets + after];
    double[] values = perBucket(context.queries(), scope, session.metric(), grain, history, rows);
    int first = 0;
    while (first < history && rows[first] == 0) {
      first++;
    }
    int last = rows.length;
    while (last > history + windowBuckets && rows[last - 1] == 0) {
      last--;
    }
    BucketSeries series = new BucketSeries(Arrays.copyOfRange(values, first, last), history - first,
        history - first + windowBuckets, grain.period);
    SeriesShape shape = new SeriesShapeClassifier().classify(series);
    Instant seriesStart = window.from().minusSeconds((history - first) * grain.seconds);
    SeriesShapeText text = new SeriesShapeText(session.metric(), grain, seriesStart);
    return new TimeSeriesOutcome(text.sentence(shape).orElse(null), grain.adjective + " series of "
        + series.size() + " buckets (" + series.windowStart() + " before the window, "
        + (series.size() - series.windowEnd()) + " after); " + text.summary(shape));
  }

  /**
   * The metric per bucket, counted from {@code history} buckets before the window's start, with each bucket's
   * row count in {@code rows}; 0 for sums and counts of empty buckets, NaN for other metrics without rows.
   */
  private static double[] perBucket(Queries queries, Scope scope, Metric metric, BucketGrain grain, int history,
      long[] rows) {
    Instant origin = scope.current().from();
    TimeWindow span = new TimeWindow(origin.minusSeconds(history * grain.seconds),
        origin.plusSeconds((rows.length - history) * grain.seconds));
    boolean additive = metric.kind().additive();
    double[] values = new double[rows.length];
    Arrays.fill(values, additive ? 0 : Double.NaN);
    TimeBuckets.sums(queries, scope, metric, span, origin.getEpochSecond(), grain.seconds, false)
        .forEach((bucket, sums) -> {
          int position = (int) (bucket + history);
          rows[position] = sums.rows();
          values[position] = sums.value(additive);
        });
    return values;
  }
}
