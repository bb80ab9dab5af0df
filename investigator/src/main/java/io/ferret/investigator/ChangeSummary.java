package io.ferret.investigator;

/**
 * The metric in the current window against its baseline.
 *
 * @param current the metric in the current window
 * @param baseline the metric in the baseline window
 * @param absolute current minus baseline
 * @param relative absolute over baseline; NaN when the baseline is zero
 * @param beyondNormalVariation whether the change is larger than same-length windows in the table's history
 *     usually show; null when there is too little history to tell
 */
public record ChangeSummary(
    double current, double baseline, double absolute, double relative, Boolean beyondNormalVariation) {}
