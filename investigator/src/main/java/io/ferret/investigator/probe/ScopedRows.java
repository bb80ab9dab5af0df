package io.ferret.investigator.probe;

import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import java.util.List;

/**
 * The rows in scope as a subquery with generated column names, so that no table column can clash with them:
 * the chosen columns as {@code "__c0"}, {@code "__c1"}, …, the window as {@code "__period"} (1 current,
 * 0 baseline) and the metric's per-row numerator and denominator as {@code "__n"} and {@code "__d"}.
 */
final class ScopedRows {
  static final String PERIOD = "\"__period\"";

  private ScopedRows() {}

  /** The rows of the scope's windows that also meet {@code condition}. */
  static SqlFragment of(Scope scope, Metric metric, List<SqlFragment> columns, SqlFragment condition) {
    return of(scope, metric, columns,
        new SqlBuilder().add(scope.where()).sql(" AND (").add(condition).sql(")").build(), scope.period());
  }

  /** The scope's table rows that meet {@code where}, with {@code period} as their window. */
  static SqlFragment of(Scope scope, Metric metric, List<SqlFragment> columns, SqlFragment where,
      SqlFragment period) {
    SqlBuilder sql = new SqlBuilder().sql("SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      sql.add(columns.get(i)).sql(" AS " + column(i) + ", ");
    }
    return sql.add(period).sql(" AS " + PERIOD + ", CAST(coalesce(").add(MetricRows.numerator(metric))
        .sql(", 0) AS DOUBLE) AS \"__n\", CAST(coalesce(").add(MetricRows.denominator(metric))
        .sql(", 0) AS DOUBLE) AS \"__d\"").sql(scope.from()).sql(" WHERE ").add(where).build();
  }

  /** The generated name of the i-th chosen column. */
  static String column(int index) {
    return "\"__c" + index + "\"";
  }
}
