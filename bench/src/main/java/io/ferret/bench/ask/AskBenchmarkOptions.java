package io.ferret.bench.ask;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AskBenchmark} measures.
 *
 * @param rows the table sizes to measure, each at least 1
 * @param repeat how many times each question is asked in each mode, at least 1
 * @param seed the seed of the generated table's pseudo-random columns
 * @param workParent folder under which the benchmark makes (and removes) its working folder; empty for the
 *     system's temporary folder
 */
public record AskBenchmarkOptions(List<Long> rows, int repeat, long seed, Optional<Path> workParent) {
  public static final List<Long> DEFAULT_ROWS = List.of(1_000_000L, 10_000_000L);
  public static final int DEFAULT_REPEAT = 2;
  public static final long DEFAULT_SEED = 42;

  public AskBenchmarkOptions {
    rows = List.copyOf(rows);
    if (rows.isEmpty() || rows.stream().anyMatch(count -> count < 1)) {
      throw new IllegalArgumentException("rows must name sizes of at least 1, got " + rows);
    }
    if (repeat < 1) {
      throw new IllegalArgumentException("repeat must be at least 1, got " + repeat);
    }
    Objects.requireNonNull(workParent, "workParent is null; use Optional.empty()");
  }

  public static AskBenchmarkOptions defaults() {
    return new AskBenchmarkOptions(DEFAULT_ROWS, DEFAULT_REPEAT, DEFAULT_SEED, Optional.empty());
  }

  public AskBenchmarkOptions withRows(List<Long> sizes) {
    return new AskBenchmarkOptions(sizes, repeat, seed, workParent);
  }

  public AskBenchmarkOptions withRepeat(int times) {
    return new AskBenchmarkOptions(rows, times, seed, workParent);
  }

  public AskBenchmarkOptions withSeed(long value) {
    return new AskBenchmarkOptions(rows, repeat, value, workParent);
  }
}
