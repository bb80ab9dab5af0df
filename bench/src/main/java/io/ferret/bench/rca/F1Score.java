package io.ferret.bench.rca;

import java.util.Set;

/** True and false positives and false negatives, summed over cases, and the F1 they give (RiskLoc's way). */
record F1Score(int truePositives, int falsePositives, int falseNegatives) {
  static final F1Score ZERO = new F1Score(0, 0, 0);

  /** A predicted segment is a true positive only if it equals a true cause exactly. */
  static F1Score of(Set<String> predicted, Set<String> truth) {
    int hits = (int) predicted.stream().filter(truth::contains).count();
    return new F1Score(hits, predicted.size() - hits, truth.size() - hits);
  }

  F1Score plus(F1Score other) {
    return new F1Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  double precision() {
    return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
  }

  double recall() {
    return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
  }

  double f1() {
    return truePositives == 0 ? 0 : 2.0 * truePositives / (2.0 * truePositives + falsePositives + falseNegatives);
  }
}
