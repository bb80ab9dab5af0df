package io.ferret.bench.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * The latency run's figures.
 *
 * @param rate events per second asked for
 * @param events events sent
 * @param producing how long sending took; longer than asked when the producer could not keep the rate
 * @param sortedMillis each landed event's latency in milliseconds, ascending
 */
public record LatencyMeasurement(int rate, long events, Duration producing, long[] sortedMillis) {
  public LatencyMeasurement {
    Objects.requireNonNull(producing, "producing is null");
    Objects.requireNonNull(sortedMillis, "sortedMillis is null");
  }

  public double achievedRate() {
    return events / Math.max(producing.toNanos() / 1e9, 1e-9);
  }

  /** The latency that this fraction of events stayed within, e.g. 0.99 for p99. */
  public Duration percentile(double fraction) {
    if (sortedMillis.length == 0) {
      return Duration.ZERO;
    }
    int index = (int) Math.ceil(fraction * sortedMillis.length) - 1;
    return Duration.ofMillis(sortedMillis[Math.max(0, Math.min(index, sortedMillis.length - 1))]);
  }
}
