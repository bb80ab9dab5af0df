package io.ferret.investigator.probe;

import io.ferret.investigator.finding.Moments;
import io.ferret.investigator.finding.PeriodMoments;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Sums per window of any segments (and of all rows in scope) in one query, one FILTER per segment. */
final class SegmentMeasurer {
  private final Queries queries;
  private final Scope scope;
  private final Metric metric;

  SegmentMeasurer(Queries queries, Scope scope, Metric metric) {
    this.queries = Objects.requireNonNull(queries, "queries is null");
    this.scope = Objects.requireNonNull(scope, "scope is null");
    this.metric = Objects.requireNonNull(metric, "metric is null");
  }

  /**
   * Each segment's sums and the total.
   *
   * @param total every row in scope outside the excluded segments
   * @param segments each segment's rows among them, in the order asked
   */
  record Measured(PeriodMoments total, List<PeriodMoments> segments) {}

  /** Measures {@code segments} over the rows in scope that lie in none of the {@code excluded} segments. */
  Measured measure(List<List<Predicate>> segments, List<List<Predicate>> excluded) {
    List<SqlFragment> flags = segments.stream().map(PredicateSql::matches).toList();
    StringBuilder select = new StringBuilder("SELECT " + ScopedRows.PERIOD + ", " + MomentsSql.select());
    for (int i = 0; i < segments.size(); i++) {
      select.append(", ").append(MomentsSql.filtered(ScopedRows.column(i)));
    }
    SqlFragment query = new SqlBuilder().sql(select + " FROM (")
        .add(ScopedRows.of(scope, metric, flags, PredicateSql.outside(excluded)))
        .sql(") AS scoped GROUP BY " + ScopedRows.PERIOD).build();
    Moments[][] sums = new Moments[segments.size() + 1][2];
    for (Moments[] pair : sums) {
      pair[0] = Moments.NONE;
      pair[1] = Moments.NONE;
    }
    queries.forEach(query, row -> {
      int period = row.getInt(1);
      for (int i = 0; i <= segments.size(); i++) {
        sums[i][period] = MomentsSql.read(row, 2 + i * MomentsSql.WIDTH);
      }
    });
    List<PeriodMoments> measured = new ArrayList<>();
    for (int i = 1; i <= segments.size(); i++) {
      measured.add(new PeriodMoments(sums[i][0], sums[i][1]));
    }
    return new Measured(new PeriodMoments(sums[0][0], sums[0][1]), measured);
  }
}
