package io.ferret.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * The figures of one {@code ferret bench ingest} run: DuckDB's own JSON reader is the baseline, measured on the
 * same file in the same run, and Ferret's ingest is reported as a ratio to it.
 *
 * @param rows events generated into the measured file
 * @param fileBytes size of the measured JSONL file
 * @param generation time to write the file; not part of either measurement
 * @param duckdb run A: DuckDB's {@code read_json_auto} of the file into a fresh database, in this JVM
 * @param ferret run B: Ferret's file ingest of the file into another fresh database, in a child JVM whose heap
 *     is capped at {@link #TARGET_PEAK_HEAP_BYTES}
 * @param ferretHeap Ferret's heap during run B
 * @param ferretPeakArrowBytes peak off-heap memory of the store's Arrow allocator during run B
 */
public record BenchmarkReport(
    long rows,
    long fileBytes,
    Duration generation,
    LoadMeasurement duckdb,
    LoadMeasurement ferret,
    HeapFigures ferretHeap,
    long ferretPeakArrowBytes) {

  /** Ferret should ingest at least as fast as DuckDB reads the same JSON by itself. */
  public static final double TARGET_RATIO = 1.0;

  /** Ferret streams: its heap should stay within this however large the file. */
  public static final long TARGET_PEAK_HEAP_BYTES = 256L * 1024 * 1024;

  public BenchmarkReport {
    Objects.requireNonNull(generation, "generation is null");
    Objects.requireNonNull(duckdb, "duckdb is null");
    Objects.requireNonNull(ferret, "ferret is null");
    Objects.requireNonNull(ferretHeap, "ferretHeap is null");
  }

  /** Ferret's rows per second over DuckDB's. */
  public double ratio() {
    return ferret.rowsPerSecond() / duckdb.rowsPerSecond();
  }

  /**
   * DuckDB's CPU time per row over Ferret's, so that above 1 Ferret is the cheaper; unlike {@link #ratio()} it
   * holds when other programs share the cores. NaN when the JVM cannot measure CPU time.
   */
  public double cpuRatio() {
    return duckdb.cpuMicrosPerRow() / ferret.cpuMicrosPerRow();
  }

  public boolean meetsRatioTarget() {
    return ratio() >= TARGET_RATIO;
  }

  /** Ferret's ingest completed with its heap capped at the target, so it never needed more. */
  public boolean meetsHeapTarget() {
    return ferretHeap.limitBytes() <= TARGET_PEAK_HEAP_BYTES && ferretHeap.peakInUseBytes() <= TARGET_PEAK_HEAP_BYTES;
  }
}
