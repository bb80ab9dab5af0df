package io.ferret.ml.probe;

import io.ferret.ml.ClassShare;

/** Weighted counts of some rows: all of them, those in the class of interest, and the squared weights. */
final class Tally {
  private long rows;
  private double interest;
  private double total;
  private double squares;

  void add(double weight, boolean isInterest) {
    rows++;
    total += weight;
    squares += weight * weight;
    if (isInterest) {
      interest += weight;
    }
  }

  long rows() {
    return rows;
  }

  double interest() {
    return interest;
  }

  double total() {
    return total;
  }

  double share() {
    return total == 0 ? 0 : interest / total;
  }

  /** Kish's effective sample size, (Σw)² / Σw²: uneven weights carry less evidence than as many even rows. */
  double effectiveSize() {
    return squares == 0 ? 0 : total * total / squares;
  }

  ClassShare classShare() {
    return new ClassShare(interest, total);
  }
}
