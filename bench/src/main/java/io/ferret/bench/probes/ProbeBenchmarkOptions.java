package io.ferret.bench.probes;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ProbeBenchmark} measures.
 *
 * @param rows rows of the generated table, at least 1
 * @param repeat timed runs of each probe at the default cap, at least 1; the median is reported
 * @param caps sample caps at which recall of the planted segment is measured
 * @param seeds sampling seeds per cap for the recall, at least 1 (seeds 1 to this)
 * @param baselineCap rows of the plain J48 baseline
 * @param tableSeed seed of the generated table
 * @param workParent folder under which the benchmark makes (and removes) its working folder; empty for the
 *     system's temporary folder
 */
public record ProbeBenchmarkOptions(long rows, int repeat, List<Integer> caps, int seeds, int baselineCap,
    long tableSeed, Optional<Path> workParent) {
  public static final long DEFAULT_ROWS = 1_000_000;
  public static final int DEFAULT_REPEAT = 3;
  public static final List<Integer> DEFAULT_CAPS = List.of(10_000, 25_000, 50_000, 200_000);
  public static final int DEFAULT_SEEDS = 5;
  public static final int DEFAULT_BASELINE_CAP = 200_000;

  public ProbeBenchmarkOptions {
    if (rows < 1 || repeat < 1 || seeds < 1 || baselineCap < 1) {
      throw new IllegalArgumentException("rows, repeat, seeds and the baseline's rows must be at least 1");
    }
    caps = List.copyOf(caps);
    if (caps.isEmpty() || caps.stream().anyMatch(cap -> cap < 1)) {
      throw new IllegalArgumentException("caps must name sizes of at least 1, got " + caps);
    }
    Objects.requireNonNull(workParent, "workParent is null; use Optional.empty()");
  }

  public static ProbeBenchmarkOptions defaults() {
    return new ProbeBenchmarkOptions(DEFAULT_ROWS, DEFAULT_REPEAT, DEFAULT_CAPS, DEFAULT_SEEDS,
        DEFAULT_BASELINE_CAP, 42, Optional.empty());
  }
}
