package io.ferret.ml.probe;

/** Weighted shares of a cluster's rows and of the other rows for which a row mask holds. */
final class Coverage {
  private final double[] weights;
  private final boolean[] inside;
  private final double insideTotal;
  private final double outsideTotal;

  Coverage(double[] weights, boolean[] inside) {
    this.weights = weights;
    this.inside = inside;
    double in = 0;
    double out = 0;
    for (int i = 0; i < weights.length; i++) {
      if (inside[i]) {
        in += weights[i];
      } else {
        out += weights[i];
      }
    }
    this.insideTotal = in;
    this.outsideTotal = out;
  }

  /** Share of the cluster's weight the mask holds for. */
  double inside(boolean[] mask) {
    return insideTotal == 0 ? 0 : sum(mask, true) / insideTotal;
  }

  /** Share of the other clusters' weight the mask holds for. */
  double outside(boolean[] mask) {
    return outsideTotal == 0 ? 0 : sum(mask, false) / outsideTotal;
  }

  double difference(boolean[] mask) {
    return inside(mask) - outside(mask);
  }

  /**
   * Weighted |mask ∩ cluster| / |mask ∪ cluster| for the rows where both masks hold (a null first mask holds
   * everywhere): 1 when they pick exactly the cluster. One pass and no new mask, since the profiler asks this of
   * every item at every step.
   */
  double jaccard(boolean[] first, boolean[] second) {
    double in = 0;
    double out = 0;
    for (int i = 0; i < weights.length; i++) {
      if (second[i] && (first == null || first[i])) {
        if (inside[i]) {
          in += weights[i];
        } else {
          out += weights[i];
        }
      }
    }
    double union = insideTotal + out;
    return union == 0 ? 0 : in / union;
  }

  /** Rows where both hold; a null mask holds everywhere. */
  static boolean[] and(boolean[] first, boolean[] second) {
    if (first == null) {
      return second;
    }
    boolean[] both = new boolean[first.length];
    for (int i = 0; i < both.length; i++) {
      both[i] = first[i] && second[i];
    }
    return both;
  }

  private double sum(boolean[] mask, boolean wantInside) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (inside[i] == wantInside && mask[i]) {
        sum += weights[i];
      }
    }
    return sum;
  }
}
