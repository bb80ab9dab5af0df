package io.ferret.bench.ask;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured durations in milliseconds, and their nearest-rank percentiles. */
final class Latencies {
  private final List<Long> millis = new ArrayList<>();

  void add(long value) {
    millis.add(value);
  }

  boolean isEmpty() {
    return millis.isEmpty();
  }

  /** The nearest-rank percentile: the smallest value at least {@code share} of the values do not exceed. */
  long percentile(double share) {
    if (millis.isEmpty()) {
      throw new IllegalStateException("no durations measured");
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(share * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  long p50() {
    return percentile(0.5);
  }

  long p95() {
    return percentile(0.95);
  }

  int count() {
    return millis.size();
  }
}
