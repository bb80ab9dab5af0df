package io.ferret.investigator.finding;

/** What a {@link DimensionSpread} ranges over. */
public enum SpreadKind {
  /** Each value's relative change between the windows (sums, counts, averages, ratios). */
  RELATIVE_CHANGE,
  /** Each value's change of rate, in points (rates). */
  POINT_CHANGE,
  /** Each value's outcome rate (driver questions). */
  RATE
}
