package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.MetricKind;
import io.ferret.investigator.semantic.SqlFragment;
import java.util.List;

/**
 * Whether the rows of a ratio metric count trials: in every row in scope the numerator and the denominator are
 * whole numbers with 0 ≤ numerator ≤ denominator, as in failures of requests or conversions of visits that
 * arrive pre-aggregated (one row per minute and CDN, say). Then each trial, not each row, is an observation:
 * how many rows the trials were grouped into says nothing about how sure a rate is.
 */
final class TrialRows {
  private TrialRows() {}

  /**
   * Whether the ratio metric's rows in the scope's windows count trials; false without two windows to compare,
   * since only a change is judged trial by trial ({@link SegmentJudge}), and the check reads every row in scope.
   */
  static boolean count(Queries queries, Scope scope, Metric metric) {
    if (metric.kind() != MetricKind.RATIO || !scope.comparesWindows()) {
      return false;
    }
    SqlFragment query = new SqlBuilder().sql("SELECT coalesce(bool_and(\"__n\" >= 0 AND \"__n\" <= \"__d\""
        + " AND \"__n\" = round(\"__n\") AND \"__d\" = round(\"__d\")), false) FROM (")
        .add(ScopedRows.of(scope, metric, List.of(), scope.where(), SqlFragment.of("1"))).sql(") AS scoped").build();
    return queries.one(query, row -> row.getBoolean(1));
  }
}
