package io.ferret.bench;

import java.time.Duration;
import java.util.Objects;

/**
 * One timed load of the benchmark file.
 *
 * @param rowsInTable rows the loaded table holds afterwards, counted with SQL outside the timed part
 * @param elapsed wall time of the load alone (opening and closing the database are not in it)
 * @param cpuTime process CPU time over the same span, all threads and DuckDB's included; zero when unknown
 */
public record LoadMeasurement(long rowsInTable, Duration elapsed, Duration cpuTime) {
  public LoadMeasurement {
    Objects.requireNonNull(elapsed, "elapsed is null");
    Objects.requireNonNull(cpuTime, "cpuTime is null");
  }

  public double rowsPerSecond() {
    double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
    return rowsInTable / seconds;
  }

  /** CPU microseconds spent per row: a figure that holds even when other programs share the cores. */
  public double cpuMicrosPerRow() {
    return rowsInTable == 0 ? 0 : cpuTime.toNanos() / 1e3 / rowsInTable;
  }
}
