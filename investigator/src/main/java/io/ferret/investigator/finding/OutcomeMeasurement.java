package io.ferret.investigator.finding;

import java.util.Objects;

/**
 * A segment in a driver question: its outcome sums and those of every row in scope.
 *
 * @param segment the segment's sums (numerator: rows with the outcome; denominator: rows with any outcome)
 * @param total the sums of all rows in scope
 * @param score the comparison with the rest
 */
public record OutcomeMeasurement(Moments segment, Moments total, OutcomeScore score) implements Measurement {
  public OutcomeMeasurement {
    Objects.requireNonNull(segment, "segment is null");
    Objects.requireNonNull(total, "total is null");
    Objects.requireNonNull(score, "score is null");
  }

  /** Measures and scores a segment. */
  public static OutcomeMeasurement of(Moments segment, Moments total) {
    return new OutcomeMeasurement(segment, total, OutcomeScore.of(segment, total));
  }

  @Override
  public double impact() {
    return Double.isNaN(score.lift()) ? 0 : score.lift() - 1;
  }

  @Override
  public long rows() {
    return segment.rows();
  }
}
