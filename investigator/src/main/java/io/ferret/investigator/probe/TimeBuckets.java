package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.TimeWindow;
import java.util.List;
import java.util.TreeMap;

/** The metric's sums per fixed-length time bucket, in one GROUP BY over the scoped rows. */
final class TimeBuckets {
  private TimeBuckets() {}

  /**
   * Sums of the filtered rows of {@code span}, per bucket of {@code length} seconds counted from {@code origin}:
   * forwards ({@code floor((t − origin) / length)}) or, for {@code backwards}, back from it
   * ({@code ceil((origin − t) / length) − 1}, so bucket 0 is {@code [origin − length, origin)}: windows are
   * half-open, and a row stamped exactly at a window's start belongs to that window, not the one before).
   */
  static TreeMap<Long, Moments> sums(Queries queries, Scope scope, Metric metric, TimeWindow span,
      long origin, long length, boolean backwards) {
    SqlFragment where = new SqlBuilder().sql("(").add(scope.filtered()).sql(") AND ").add(scope.time().within(span))
        .build();
    SqlBuilder sql = new SqlBuilder();
    if (backwards) {
      sql.sql("SELECT CAST(ceil((").value((double) origin).sql(" - " + ScopedRows.column(0));
    } else {
      sql.sql("SELECT CAST(floor((" + ScopedRows.column(0) + " - ").value((double) origin);
    }
    sql.sql(") / ").value((double) length).sql(") AS BIGINT)" + (backwards ? " - 1" : "") + " AS bucket, "
        + MomentsSql.select() + " FROM (")
        .add(ScopedRows.of(scope, metric, List.of(scope.time().epochSeconds()), where, SqlFragment.of("1")))
        .sql(") AS scoped GROUP BY bucket");
    TreeMap<Long, Moments> buckets = new TreeMap<>();
    queries.forEach(sql.build(), row -> buckets.put(row.getLong(1), MomentsSql.read(row, 2)));
    return buckets;
  }
}
