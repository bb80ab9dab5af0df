package io.ferret.investigator.finding;

import java.util.Objects;

/** The sums of some rows in the baseline window and in the current window. */
public record PeriodMoments(Moments baseline, Moments current) {
  public PeriodMoments {
    Objects.requireNonNull(baseline, "baseline is null");
    Objects.requireNonNull(current, "current is null");
  }

  public PeriodMoments plus(PeriodMoments other) {
    return new PeriodMoments(baseline.plus(other.baseline), current.plus(other.current));
  }

  public PeriodMoments minus(PeriodMoments other) {
    return new PeriodMoments(baseline.minus(other.baseline), current.minus(other.current));
  }

  /** Both windows' sums with every trial as a row ({@link Moments#asTrials}). */
  public PeriodMoments asTrials() {
    return new PeriodMoments(baseline.asTrials(), current.asTrials());
  }

  /** Rows in both windows. */
  public long rows() {
    return baseline.rows() + current.rows();
  }

  /** The numerator sums of both windows together. */
  public Moments both() {
    return baseline.plus(current);
  }
}
