package io.ferret.investigator.finding;

import java.util.Objects;

/**
 * A segment in a change question: its sums and the sums of every row in scope, per window.
 *
 * @param segment the segment's sums
 * @param total the sums of all rows in scope (segment included)
 * @param additive whether the metric is a plain sum (counts and sums) rather than a ratio
 * @param score the comparison with the rest
 */
public record ChangeMeasurement(PeriodMoments segment, PeriodMoments total, boolean additive, ChangeScore score)
    implements Measurement {
  public ChangeMeasurement {
    Objects.requireNonNull(segment, "segment is null");
    Objects.requireNonNull(total, "total is null");
    Objects.requireNonNull(score, "score is null");
  }

  /** Measures and scores a segment. */
  public static ChangeMeasurement of(PeriodMoments segment, PeriodMoments total, boolean additive) {
    return new ChangeMeasurement(segment, total, additive, ChangeScorer.score(segment, total, additive));
  }

  /** The metric's change over all rows in scope. */
  public double totalChange() {
    return total.current().value(additive) - total.baseline().value(additive);
  }

  /** The rows outside the segment. */
  public PeriodMoments rest() {
    return total.minus(segment);
  }

  @Override
  public double impact() {
    double change = totalChange();
    return change == 0 || Double.isNaN(change) ? 0 : score.contribution() / change;
  }

  @Override
  public long rows() {
    return segment.rows();
  }

  @Override
  public double weight() {
    return additive ? segment.rows() : segment.both().d();
  }
}
