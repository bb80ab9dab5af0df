package io.ferret.investigator.probe;

import io.ferret.investigator.Recipe;
import io.ferret.investigator.semantic.Metric;
import io.ferret.investigator.semantic.SqlFragment;
import io.ferret.ml.ModelRecipe;
import io.ferret.ml.Predicate;
import io.ferret.store.Sql;
import java.util.List;

/** Recipes: the query that reproduces a segment's numbers, or the model's own recipe. */
final class SegmentRecipe {
  private SegmentRecipe() {}

  /**
   * The segment's metric per window: {@code SELECT period, rows, metric FROM table WHERE scope AND segment}.
   *
   * @param tableRows rows of the segment in scope
   */
  static Recipe of(Scope scope, Metric metric, List<Predicate> segment, long tableRows) {
    SqlFragment query = query(scope, metric, segment);
    return new Recipe(query.sql(), query.parameters(), null, null, null, null, tableRows);
  }

  /** A model's recipe: the data query, the model and options, the seed and the sample size. */
  static Recipe of(ModelRecipe model) {
    return new Recipe(model.sql(), model.parameters(), model.model(), model.options(), model.seed(),
        model.sampledRows(), model.tableRows());
  }

  private static SqlFragment query(Scope scope, Metric metric, List<Predicate> segment) {
    SqlBuilder sql = new SqlBuilder().sql("SELECT ");
    if (scope.comparesWindows()) {
      sql.sql("CASE WHEN ").add(scope.time().within(scope.current()))
          .sql(" THEN 'current' ELSE 'baseline' END AS period, ");
    }
    sql.sql("count(*) AS rows, ").add(metric.expression()).sql(" AS " + Sql.quote(metric.name()))
        .sql(scope.from()).sql(" WHERE ");
    if (!scope.filters().isEmpty() || scope.current() != null) {
      sql.add(scope.where()).sql(" AND ");
    }
    sql.add(PredicateSql.all(segment));
    if (scope.comparesWindows()) {
      sql.sql(" GROUP BY period ORDER BY period");
    }
    return sql.build();
  }
}
