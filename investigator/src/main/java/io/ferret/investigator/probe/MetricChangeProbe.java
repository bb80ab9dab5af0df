package io.ferret.investigator.probe;

import io.ferret.investigator.ChangeSummary;
import io.ferret.investigator.SeriesPoint;
import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.finding.NormalVariation;
import io.ferret.investigator.finding.NumberText;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Deadline;
import io.ferret.ml.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The metric in both windows, its absolute and relative change, whether that change is beyond normal variation
 * (against the changes between the same-length windows before, {@link NormalVariation}), and the metric per
 * day (per week over long spans) around the windows for charts.
 */
final class MetricChangeProbe implements Probe {
  static final String NAME = "metric_change";
  private static final int HISTORY_WINDOWS = 12;
  private static final long DAY_SECONDS = 86_400;
  private static final long WEEK_SECONDS = 7 * DAY_SECONDS;
  private static final long DAILY_SPAN_DAYS = 120;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ProbeOutcome run(ProbeContext context, Deadline deadline) {
    ProbeSession session = context.session();
    Scope scope = session.scope();
    Metric metric = session.metric();
    boolean additive = metric.kind().additive();
    PeriodMoments totals = new SegmentMeasurer(context.queries(), scope, metric).measure(List.of(), List.of())
        .total();
    double current = totals.current().value(additive);
    double baseline = totals.baseline().value(additive);
    double relative = baseline == 0 ? Double.NaN : current / baseline - 1;
    Double start = dataStart(context.queries(), scope);
    List<Double> history = history(context.queries(), scope, metric, start);
    ChangeSummary change = new ChangeSummary(current, baseline, current - baseline, relative,
        NormalVariation.beyond(relative, history));
    List<SeriesPoint> series = series(context.queries(), scope, metric);
    String detail = metric.name() + " " + NumberText.value(metric.kind(), baseline) + " -> "
        + NumberText.value(metric.kind(), current) + "; " + history.size() + " earlier windows of "
        + Duration.between(scope.current().from(), scope.current().to()).toHours() + " h for normal variation; "
        + series.size() + " chart points";
    return new ChangeOutcome(change, series, detail);
  }

  /** Seconds since the epoch of the first row the filters keep, or null for no rows. */
  private static Double dataStart(Queries queries, Scope scope) {
    SqlFragment query = new SqlBuilder().sql("SELECT min(").add(scope.time().epochSeconds()).sql(")")
        .sql(scope.from()).sql(" WHERE ").add(scope.filtered()).build();
    return queries.one(query, row -> row.getObject(1) == null ? null : ((Number) row.getObject(1)).doubleValue());
  }

  /** The metric in the same-length windows ending where the current one starts, most recent first. */
  private static List<Double> history(Queries queries, Scope scope, Metric metric, Double dataStart) {
    Instant end = scope.current().to();
    long length = Duration.between(scope.current().from(), end).getSeconds();
    if (dataStart == null || length <= 0) {
      return List.of();
    }
    TimeWindow span = new TimeWindow(end.minusSeconds(length * (HISTORY_WINDOWS + 1)), end);
    TreeMap<Long, Moments> windows =
        TimeBuckets.sums(queries, scope, metric, span, end.getEpochSecond(), length, true);
    List<Double> values = new ArrayList<>();
    for (long k = 1; k <= HISTORY_WINDOWS; k++) {
      if (end.getEpochSecond() - (k + 1) * length < dataStart) {
        break;
      }
      values.add(windows.getOrDefault(k, Moments.NONE).value(metric.kind().additive()));
    }
    return values;
  }

  /** The metric per day (per week past {@value #DAILY_SPAN_DAYS} days) from a window before the baseline on. */
  private static List<SeriesPoint> series(Queries queries, Scope scope, Metric metric) {
    Instant origin = scope.current().from();
    Instant end = scope.current().to();
    Instant earliest = scope.baseline().from().isBefore(origin) ? scope.baseline().from() : origin;
    Instant from = earliest.minus(Duration.between(origin, end));
    long bucket = Duration.between(from, end).toDays() <= DAILY_SPAN_DAYS ? DAY_SECONDS : WEEK_SECONDS;
    long firstBucket = Math.floorDiv(from.getEpochSecond() - origin.getEpochSecond(), bucket);
    TimeWindow span = new TimeWindow(origin.plusSeconds(firstBucket * bucket), end);
    TreeMap<Long, Moments> buckets =
        TimeBuckets.sums(queries, scope, metric, span, origin.getEpochSecond(), bucket, false);
    List<SeriesPoint> points = new ArrayList<>();
    if (buckets.isEmpty()) {
      return points;
    }
    boolean additive = metric.kind().additive();
    for (long k = buckets.firstKey(); k <= buckets.lastKey(); k++) {
      Moments moments = buckets.getOrDefault(k, Moments.NONE);
      if (additive || moments.d() != 0) {
        points.add(new SeriesPoint(origin.plusSeconds(k * bucket), moments.value(additive)));
      }
    }
    return points;
  }
}
