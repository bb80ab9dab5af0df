package io.ferret.investigator.semantic;

import io.ferret.store.Sql;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure users ask about, in the table's own columns.
 *
 * @param name what users call it, e.g. "orders", "revenue", "churn rate", "failure_rate"
 * @param kind how it aggregates
 * @param column the summed, averaged or outcome column; the numerator column of a ratio; null for COUNT
 * @param denominator the denominator column of a ratio (summed); null otherwise
 * @param positive for RATE: the stored value that counts as the outcome (true, "yes"); null otherwise
 */
public record Metric(String name, MetricKind kind, String column, String denominator, Object positive) {
  public Metric {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(kind, "kind is null");
    if (kind != MetricKind.COUNT) {
      Objects.requireNonNull(column, "a " + kind + " metric needs a column");
    }
    if (kind == MetricKind.RATIO) {
      Objects.requireNonNull(denominator, "a ratio metric needs a denominator");
    }
    if (kind == MetricKind.RATE) {
      Objects.requireNonNull(positive, "a rate metric needs its positive value");
    }
  }

  /** The per-row numerator summed by the metric: {@code count(*)}, {@code sum("amount")}, … */
  public SqlFragment numerator() {
    return switch (kind) {
      case COUNT -> SqlFragment.of("count(*)");
      case SUM, AVERAGE, RATIO -> SqlFragment.of("sum(" + Sql.quote(column) + ")");
      case RATE -> new SqlFragment(
          "sum(CASE WHEN " + Sql.quote(column) + " = ? THEN 1 ELSE 0 END)", List.of(positive));
    };
  }

  /** The denominator, for metrics that are not plain sums. */
  public Optional<SqlFragment> denominatorSql() {
    return switch (kind) {
      case COUNT, SUM -> Optional.empty();
      case AVERAGE, RATE -> Optional.of(SqlFragment.of("count(" + Sql.quote(column) + ")"));
      case RATIO -> Optional.of(SqlFragment.of("sum(" + Sql.quote(denominator) + ")"));
    };
  }

  /** The metric in words people check at a glance, unlike its SQL: {@code sum(amount)}, not {@code sum("amount")}. */
  public String formula() {
    return switch (kind) {
      case COUNT -> "count of rows";
      case SUM -> "sum(" + column + ")";
      case AVERAGE -> "avg(" + column + ")";
      case RATE -> "share of rows where " + column + " = " + positive;
      case RATIO -> "sum(" + column + ") / sum(" + denominator + ")";
    };
  }

  /** The whole aggregate, e.g. {@code sum("amount")} or {@code sum("value") / nullif(sum("cnt"), 0)}. */
  public SqlFragment expression() {
    SqlFragment top = numerator();
    return denominatorSql()
        .map(bottom -> new SqlFragment(
            "CAST(" + top.sql() + " AS DOUBLE) / nullif(" + bottom.sql() + ", 0)", top.parameters()))
        .orElse(top);
  }
}
