package io.ferret.investigator.finding;

/** Sums of small made-up groups of rows. */
final class MomentsFixtures {
  private MomentsFixtures() {}

  /** {@code rows} rows that each count 1 (a COUNT metric). */
  static Moments counted(long rows) {
    return new Moments(rows, rows, rows, rows, rows, rows);
  }

  /** {@code rows} rows of which {@code positives} have the outcome (a RATE metric). */
  static Moments rated(long rows, long positives) {
    return new Moments(rows, positives, positives, rows, rows, positives);
  }

  static PeriodMoments windows(Moments baseline, Moments current) {
    return new PeriodMoments(baseline, current);
  }
}
