package io.ferret.ingest.sample;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed list of values drawn with given relative weights, which also answers each value's probability.
 * Draws use Walker's alias method: one random number and no search, whatever the number of values.
 */
final class WeightedChoice<T> {
  /** An array rather than a List, so that a draw is plain indexing on the hot path. */
  private final Object[] values;
  private final double[] probabilities;
  /** Chance that a draw landing in column i keeps value i rather than taking aliases[i]. */
  private final double[] keepShares;
  private final int[] aliases;

  private WeightedChoice(List<T> values, double[] weights) {
    if (values.isEmpty() || values.size() != weights.length) {
      throw new IllegalArgumentException(values.size() + " values but " + weights.length + " weights");
    }
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weight of " + values.get(i) + " is " + weights[i]);
      }
      sum += weights[i];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("weights sum to " + sum);
    }
    this.values = values.toArray();
    int size = weights.length;
    probabilities = new double[size];
    keepShares = new double[size];
    aliases = new int[size];
    // Vose's construction: columns holding less than an even share are topped up from columns holding more.
    Deque<Integer> small = new ArrayDeque<>();
    Deque<Integer> large = new ArrayDeque<>();
    for (int i = 0; i < size; i++) {
      probabilities[i] = weights[i] / sum;
      keepShares[i] = probabilities[i] * size;
      aliases[i] = i;
      (keepShares[i] < 1 ? small : large).push(i);
    }
    while (!small.isEmpty() && !large.isEmpty()) {
      int under = small.pop();
      int over = large.pop();
      aliases[under] = over;
      keepShares[over] -= 1 - keepShares[under];
      (keepShares[over] < 1 ? small : large).push(over);
    }
    // What is left holds an even share up to rounding, so it always keeps its own value.
    small.forEach(column -> keepShares[column] = 1);
    large.forEach(column -> keepShares[column] = 1);
  }

  static <T> WeightedChoice<T> of(List<T> values, double... weights) {
    return new WeightedChoice<>(values, weights);
  }

  @SuppressWarnings("unchecked") // values holds only the Ts it was built from
  T draw(SplittableRandom random) {
    return (T) values[drawIndex(random)];
  }

  /** Index of a drawn value; one uniform number picks both the column and whether to take its alias. */
  int drawIndex(SplittableRandom random) {
    double scaled = random.nextDouble() * keepShares.length;
    int column = (int) scaled;
    return scaled - column < keepShares[column] ? column : aliases[column];
  }

  int size() {
    return values.length;
  }

  @SuppressWarnings("unchecked") // values holds only the Ts it was built from
  T value(int index) {
    return (T) values[index];
  }

  double probability(int index) {
    return probabilities[index];
  }
}
