package io.ferret.investigator.finding;

/**
 * Sums over some rows, enough to compute a metric and its sampling variance: each row adds its numerator
 * {@code n} (1 for a count, the value for a sum, 1 or 0 for a rate) and its denominator {@code d} (1 per
 * counted row for averages and rates, the denominator column for ratios).
 *
 * @param rows rows summed
 * @param n sum of numerators
 * @param nn sum of squared numerators
 * @param d sum of denominators
 * @param dd sum of squared denominators
 * @param nd sum of numerator times denominator
 */
public record Moments(long rows, double n, double nn, double d, double dd, double nd) {
  /** The sums over no rows. */
  public static final Moments NONE = new Moments(0, 0, 0, 0, 0, 0);

  public Moments plus(Moments other) {
    return new Moments(rows + other.rows, n + other.n, nn + other.nn, d + other.d, dd + other.dd, nd + other.nd);
  }

  public Moments minus(Moments other) {
    return new Moments(rows - other.rows, n - other.n, nn - other.nn, d - other.d, dd - other.dd, nd - other.nd);
  }

  /**
   * The same sums with every trial as a row of its own, for rows that count trials (n successes of d, in whole
   * numbers): such a row is d observations of 0 or 1, so the sampling variance is binomial, p(1 − p) / Σd,
   * however the trials were grouped into rows.
   */
  public Moments asTrials() {
    return new Moments(Math.round(d), n, n, d, d, n);
  }

  /** The metric over these rows: the numerator sum for additive metrics, else n / d (NaN without a denominator). */
  public double value(boolean additive) {
    return additive ? n : ratio();
  }

  /** n / d, or NaN when there is no denominator. */
  public double ratio() {
    return d == 0 ? Double.NaN : n / d;
  }

  /** Delta-method variance of n / d with independent rows: Σ(n − r·d)² / (Σd)², or NaN without a denominator. */
  public double ratioVariance() {
    if (d == 0) {
      return Double.NaN;
    }
    double ratio = n / d;
    return Math.max(0, nn - 2 * ratio * nd + ratio * ratio * dd) / (d * d);
  }

  /** How many equal rows the numerator mass is worth, (Σn)² / Σn²: the row count when every row adds 1. */
  public double numeratorSize() {
    return nn > 0 ? n * n / nn : 0;
  }

  /** How many equal rows the denominator mass is worth, (Σd)² / Σd². */
  public double denominatorSize() {
    return dd > 0 ? d * d / dd : 0;
  }
}
