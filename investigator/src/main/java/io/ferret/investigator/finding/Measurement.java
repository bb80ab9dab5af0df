package io.ferret.investigator.finding;

/** A segment's numbers: what its finding says and how it is ranked. */
public sealed interface Measurement permits ChangeMeasurement, OutcomeMeasurement {
  /** The Finding's impact: share of the total change (change questions) or lift minus one (driver questions). */
  double impact();

  /** How the segment compares with the rest. */
  Score score();

  /** Signed size of the segment's departure from the rest, in the metric's units or outcome rows; ranks findings. */
  default double excess() {
    return score().excess();
  }

  /** The uncorrected p-value that the segment behaves like the rest. */
  default double pValue() {
    return score().pValue();
  }

  /** Rows of the segment the numbers cover. */
  long rows();

  /**
   * How much of the data the segment holds, in the units its departure is spread over: its rows, or for a ratio
   * of sums its denominator (sessions, not the pre-aggregated rows that count them).
   */
  default double weight() {
    return rows();
  }
}
