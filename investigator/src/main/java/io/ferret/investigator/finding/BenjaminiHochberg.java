package io.ferret.investigator.finding;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg adjusted p-values (q-values): testing hundreds of segments makes some look significant by
 * chance, and a segment passes only if its q-value is at most the false discovery rate one accepts.
 */
public final class BenjaminiHochberg {
  private BenjaminiHochberg() {}

  /** The q-value of each p-value, in the same order: min over j ≥ rank of p₍ⱼ₎·m/j, at most 1. */
  public static double[] adjust(double[] pValues) {
    int m = pValues.length;
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(index -> pValues[index]));
    double[] adjusted = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int index = order[rank - 1];
      running = Math.min(running, pValues[index] * m / rank);
      adjusted[index] = Math.min(1, running);
    }
    return adjusted;
  }
}
