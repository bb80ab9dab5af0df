package io.ferret.bench;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IngestBenchmark} measures.
 *
 * @param rows order events in the measured file, at least 1
 * @param warmupRows order events in the warm-up file each side loads once before measuring; 0 skips warm-up
 * @param workParent folder under which the benchmark makes (and removes) its working folder; empty for the
 *     system's temporary folder
 */
public record IngestBenchmarkOptions(long rows, long warmupRows, Optional<Path> workParent) {
  public static final long DEFAULT_ROWS = 2_000_000;
  public static final long DEFAULT_WARMUP_ROWS = 100_000;

  public IngestBenchmarkOptions {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, got " + rows);
    }
    if (warmupRows < 0) {
      throw new IllegalArgumentException("warmupRows must be at least 0, got " + warmupRows);
    }
    Objects.requireNonNull(workParent, "workParent is null; use Optional.empty()");
  }

  public static IngestBenchmarkOptions defaults() {
    return new IngestBenchmarkOptions(DEFAULT_ROWS, DEFAULT_WARMUP_ROWS, Optional.empty());
  }

  public IngestBenchmarkOptions withRows(long count) {
    return new IngestBenchmarkOptions(count, warmupRows, workParent);
  }

  public IngestBenchmarkOptions withWarmupRows(long count) {
    return new IngestBenchmarkOptions(rows, count, workParent);
  }

  public IngestBenchmarkOptions withWorkParent(Path folder) {
    return new IngestBenchmarkOptions(rows, warmupRows, Optional.of(folder));
  }
}
