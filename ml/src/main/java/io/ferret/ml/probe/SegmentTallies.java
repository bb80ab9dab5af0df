package io.ferret.ml.probe;

import java.util.List;
import weka.core.Instance;
import weka.core.Instances;

/** The rows inside a conjunction and those outside it, tallied once over a set of rows. */
record SegmentTallies(Tally inside, Tally outside) {
  static SegmentTallies of(Instances rows, List<Condition> conditions, int interestClass) {
    Tally inside = new Tally();
    Tally outside = new Tally();
    for (Instance row : rows) {
      if (row.classIsMissing()) {
        continue;
      }
      boolean isInterest = (int) row.classValue() == interestClass;
      (holdsAll(conditions, row) ? inside : outside).add(row.weight(), isInterest);
    }
    return new SegmentTallies(inside, outside);
  }

  private static boolean holdsAll(List<Condition> conditions, Instance row) {
    for (Condition condition : conditions) {
      if (!condition.holds(row)) {
        return false;
      }
    }
    return true;
  }

  double totalWeight() {
    return inside.total() + outside.total();
  }

  /** The class of interest's share of all the rows. */
  double overallShare() {
    double total = totalWeight();
    return total == 0 ? 0 : (inside.interest() + outside.interest()) / total;
  }

  /** Inside share over overall share; NaN when the rows hold no interest at all. */
  double lift() {
    double overall = overallShare();
    return overall == 0 ? Double.NaN : inside.share() / overall;
  }

  /** Two-sided p-value of the inside/outside difference in share. */
  double pValue() {
    return TwoProportionTest.pValue(inside, outside);
  }
}
