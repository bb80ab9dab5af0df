package io.ferret.investigator.digest;

import io.ferret.investigator.semantic.MetricKind;
import io.ferret.ml.Predicate;
import io.ferret.ml.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One metric, for the whole table or one segment, that moved beyond what its history predicts on a digest's day.
 *
 * @param table the table
 * @param metric the metric's name
 * @param formula the metric in words, e.g. {@code sum(amount)}
 * @param kind how the metric aggregates, which decides how its values print
 * @param segment the dimension value it was found in; empty for the whole table
 * @param day the window's calendar day in the digest's zone
 * @param window the window, [from, to)
 * @param expected what history predicts: the median of the same weekday in earlier weeks
 * @param actual the window's value
 * @param relativeChange (actual − expected) / |expected|
 * @param score (actual − expected) in robust standard deviations
 * @param rows rows in the window
 * @param dayOfShift 1 for a new anomaly; n when the metric has been this far off for n days running ("still
 *     elevated, day 3")
 * @param explanation its top drivers in one sentence, from a compact investigation; null when not explained
 * @param drivers the segments the explanation names, strongest first
 */
public record Anomaly(
    String table,
    String metric,
    String formula,
    MetricKind kind,
    List<Predicate> segment,
    LocalDate day,
    TimeWindow window,
    double expected,
    double actual,
    double relativeChange,
    double score,
    long rows,
    int dayOfShift,
    String explanation,
    List<List<Predicate>> drivers) {
  public Anomaly {
    Objects.requireNonNull(table, "table is null");
    Objects.requireNonNull(metric, "metric is null");
    segment = List.copyOf(segment);
    Objects.requireNonNull(day, "day is null");
    Objects.requireNonNull(window, "window is null");
    drivers = drivers.stream().map(List::copyOf).toList();
  }

  /** Whether the metric rose. */
  public boolean rose() {
    return actual > expected;
  }

  /** Whether this continues an anomaly of earlier days rather than starting one. */
  public boolean ongoing() {
    return dayOfShift > 1;
  }

  /** The same anomaly with its drivers explained. */
  public Anomaly explained(String sentence, List<List<Predicate>> segments) {
    return new Anomaly(table, metric, formula, kind, segment, day, window, expected, actual, relativeChange, score, rows,
        dayOfShift, sentence, segments);
  }
}
