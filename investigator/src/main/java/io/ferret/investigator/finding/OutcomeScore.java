package io.ferret.investigator.finding;

/**
 * How often a segment has the outcome compared with the rest.
 *
 * @param rate the outcome rate inside the segment
 * @param restRate the rate outside it
 * @param overallRate the rate over all rows
 * @param lift the segment's rate over the overall rate
 * @param excess outcome rows beyond what the overall rate predicts for a segment of its size
 * @param pValue two-sided two-proportion p-value of the inside/outside difference, before any correction
 */
public record OutcomeScore(
    double rate, double restRate, double overallRate, double lift, double excess, double pValue) implements Score {

  /** Scores {@code segment} (numerator: outcome rows, denominator: rows with an outcome) within {@code total}. */
  public static OutcomeScore of(Moments segment, Moments total) {
    Moments rest = total.minus(segment);
    double overall = total.ratio();
    double rate = segment.ratio();
    double lift = overall > 0 ? rate / overall : Double.NaN;
    double pValue = NormalTests.twoProportions(segment.n(), segment.d(), segment.denominatorSize(), rest.n(),
        rest.d(), rest.denominatorSize());
    return new OutcomeScore(rate, rest.ratio(), overall, lift, segment.n() - segment.d() * overall, pValue);
  }
}
