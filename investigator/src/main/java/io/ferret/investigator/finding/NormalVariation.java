package io.ferret.investigator.finding;

import java.util.List;

/**
 * Whether a change is larger than the table's history usually shows: the current relative change against the
 * changes between consecutive same-length windows before it. Beyond normal means more than three times their
 * root mean square; at least three historical changes are needed to say anything.
 */
public final class NormalVariation {
  private static final double LIMIT = 3;
  private static final int MIN_CHANGES = 3;

  private NormalVariation() {}

  /**
   * @param relativeChange the change asked about, current over baseline minus one
   * @param history the metric in the same-length windows before the current one, most recent first
   * @return true or false, or null when the history is too short (or the change undefined)
   */
  public static Boolean beyond(double relativeChange, List<Double> history) {
    if (Double.isNaN(relativeChange) || Double.isInfinite(relativeChange)) {
      return null;
    }
    double squares = 0;
    int changes = 0;
    for (int i = 0; i + 1 < history.size(); i++) {
      double later = history.get(i);
      double earlier = history.get(i + 1);
      if (earlier != 0 && !Double.isNaN(earlier) && !Double.isNaN(later)) {
        double change = later / earlier - 1;
        squares += change * change;
        changes++;
      }
    }
    if (changes < MIN_CHANGES) {
      return null;
    }
    return Math.abs(relativeChange) > LIMIT * Math.sqrt(squares / changes);
  }
}
