package io.ferret.investigator.finding;

/**
 * When a segment counts as a driver, and how findings are worded.
 *
 * @param falseDiscoveryRate largest Benjamini–Hochberg q-value of a drill-down segment that counts
 * @param minExplainedShare smallest departure from the rest, as a share of the total change, that counts
 * @param minLift smallest outcome rate, relative to the overall rate, of an outcome driver
 * @param minRows fewest rows a segment needs to be judged at all
 * @param maxFindings most findings reported
 * @param minModelConfidence smallest confidence of a segment only a model found
 * @param strongConfidence confidence from which a finding "mostly explains" a change
 * @param mostlyShare share of the change from which a finding "mostly explains" it
 */
public record DriverRules(
    double falseDiscoveryRate,
    double minExplainedShare,
    double minLift,
    long minRows,
    int maxFindings,
    double minModelConfidence,
    double strongConfidence,
    double mostlyShare) {
  public DriverRules {
    if (!(falseDiscoveryRate > 0 && falseDiscoveryRate < 1)) {
      throw new IllegalArgumentException("falseDiscoveryRate must be in (0, 1), got " + falseDiscoveryRate);
    }
    if (maxFindings < 1) {
      throw new IllegalArgumentException("maxFindings must be at least 1, got " + maxFindings);
    }
  }

  /** How many times the remainder's departure the part's must be for the part to replace the driver. */
  private static final double PART_DOMINANCE = 4;
  /** A remainder whose departure from the rest has a p-value above this moved no more than noise. */
  private static final double REMAINDER_NOISE = 0.05;

  public static DriverRules defaults() {
    return new DriverRules(0.01, 0.1, 1.25, 30, 5, 0.9, 0.99, 0.5);
  }

  /**
   * Whether a measured segment is a driver.
   *
   * @param qValue its p-value corrected for the number of segments tested
   * @param referenceChange the change the question is about (change questions); ignored for outcomes
   */
  public boolean isDriver(Measurement measurement, double qValue, double referenceChange) {
    if (measurement.rows() < minRows || qValue > falseDiscoveryRate) {
      return false;
    }
    if (measurement instanceof OutcomeMeasurement outcome) {
      return outcome.score().rate() > outcome.score().restRate() && outcome.score().lift() >= minLift;
    }
    return material(measurement.excess(), referenceChange);
  }

  /**
   * Whether a change driver's own part of the change, over all rows in scope, is a material share of the change
   * asked about. A driver found after others were set aside can depart a lot from what they left while adding
   * only a sliver to the change, which precise data (many trials) makes significant.
   */
  public boolean contributesMaterially(Measurement measurement, double referenceChange) {
    return !(measurement instanceof ChangeMeasurement change)
        || material(change.score().contribution(), referenceChange);
  }

  /**
   * Whether a driver's narrower part explains it as well as the whole: measured against the rows outside the
   * driver, what the driver holds beyond the part (the remainder) departs by at most half as much per unit of
   * weight (a row, or for ratios a unit of the denominator), and
   * either by at most a quarter of the part's departure in all or by no more than noise (p above
   * {@value #REMAINDER_NOISE}). Then "EMEA partner" is the better answer than "EMEA": the rest of EMEA moved far
   * less. The bar is the part's departure, not the total change, because offsetting moves elsewhere can make the
   * total change small, and then any noise in the remainder would look material. The noise clause matters when
   * the remainder holds many rows: its noise alone can add up to a third of a real part's departure.
   */
  public boolean remainderNegligible(Measurement remainder, Measurement part) {
    return intensity(remainder) <= intensity(part) / 2
        && (Math.abs(remainder.excess()) <= Math.abs(part.excess()) / PART_DOMINANCE
            || remainder.pValue() > REMAINDER_NOISE);
  }

  /**
   * Whether a sibling of a driver's part (the same driver, another value of the part's extra column) moved like
   * the part: it departs at least half as much per unit of weight, and as surely as a drill-down driver must
   * (the false discovery rate, Bonferroni across the siblings). Then the change is not the part's own, and the
   * driver stays whole, however much of the departure the part holds: bitrate 4500 failed on devices C1 and C2
   * alike, so bitrate 4500 is the answer even when C1 carries most of the sessions.
   *
   * @param siblings how many siblings are tested
   */
  public boolean siblingMovedAlike(Measurement sibling, Measurement part, int siblings) {
    return sibling.rows() >= minRows && sibling.pValue() * siblings <= falseDiscoveryRate
        && intensity(sibling) > intensity(part) / 2;
  }

  /** Departure per unit of weight. */
  private static double intensity(Measurement measurement) {
    return measurement.weight() == 0 ? 0 : Math.abs(measurement.excess()) / measurement.weight();
  }

  /** A departure in the direction of the change and a large enough part of it. */
  private boolean material(double excess, double referenceChange) {
    if (referenceChange == 0) {
      return excess != 0;
    }
    return Math.signum(excess) == Math.signum(referenceChange)
        && Math.abs(excess) >= minExplainedShare * Math.abs(referenceChange);
  }

  /** A corrected p-value as a confidence in [0, 1]. */
  public static double confidence(double qValue) {
    return Math.max(0, Math.min(1, 1 - qValue));
  }
}
