package io.ferret.investigator.finding;

/**
 * How one segment's change compares with the rest of the rows, in the metric's units.
 *
 * @param contribution the segment's part of the total change; the parts of a partition add up to it
 * @param excess how far the segment's change departs from what its baseline share predicts had it moved like
 *     the whole; about 0 for a segment that moved with everything else
 * @param mixEffect for ratio metrics, the part of the contribution due to the segment's share of the
 *     denominator changing; 0 for additive metrics
 * @param rateEffect for ratio metrics, the part due to the segment's own rate changing; 0 for additive metrics
 * @param pValue two-sided p-value that the segment moved like the rest, before any correction
 */
public record ChangeScore(double contribution, double excess, double mixEffect, double rateEffect, double pValue)
    implements Score {}
