package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.store.Sql;
import java.util.List;

/**
 * A metric as per-row numerator and denominator expressions, whose sums give {@link Metric#expression()} and
 * whose squares give its sampling variance.
 */
final class MetricRows {
  private MetricRows() {}

  /** What a row adds to the numerator: 1 for a count, the value for a sum, 1 or 0 for a rate. */
  static SqlFragment numerator(Metric metric) {
    return switch (metric.kind()) {
      case COUNT -> SqlFragment.of("1");
      case SUM, AVERAGE, RATIO -> SqlFragment.of(Sql.quote(metric.column()));
      case RATE -> new SqlFragment("CASE WHEN " + Sql.quote(metric.column()) + " = ? THEN 1 ELSE 0 END",
          List.of(metric.positive()));
    };
  }

  /** What a row adds to the denominator: 1 per row for sums, 1 per non-null value for averages and rates. */
  static SqlFragment denominator(Metric metric) {
    return switch (metric.kind()) {
      case COUNT, SUM -> SqlFragment.of("1");
      case AVERAGE, RATE ->
          SqlFragment.of("CASE WHEN " + Sql.quote(metric.column()) + " IS NOT NULL THEN 1 ELSE 0 END");
      case RATIO -> SqlFragment.of(Sql.quote(metric.denominator()));
    };
  }
}
