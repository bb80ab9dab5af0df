package io.ferret.investigator.semantic;

/** How a metric aggregates rows. */
public enum MetricKind {
  /** Rows: {@code count(*)}. */
  COUNT,
  /** {@code sum(column)}. */
  SUM,
  /** {@code sum(column) / count(column)}. */
  AVERAGE,
  /** Share of rows whose outcome column holds the positive value, such as the churn rate. */
  RATE,
  /** {@code sum(numerator) / sum(denominator)}, defined in ferret.yml. */
  RATIO;

  /** Whether the metric is a plain sum over rows, so segment changes add up to the total change. */
  public boolean additive() {
    return this == COUNT || this == SUM;
  }
}
