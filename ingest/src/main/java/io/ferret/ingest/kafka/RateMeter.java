package io.ferret.ingest.kafka;

import java.util.Arrays;

/** Events per second over the last ten seconds, counted in one-second buckets. */
final class RateMeter {
  private static final int SECONDS = 10;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long startedNanos;
  private final long[] counts = new long[SECONDS];
  private final long[] bucketSeconds = new long[SECONDS];

  RateMeter(long startedNanos) {
    this.startedNanos = startedNanos;
    Arrays.fill(bucketSeconds, -1);
  }

  synchronized void mark(long events, long nowNanos) {
    long second = (nowNanos - startedNanos) / NANOS_PER_SECOND;
    int bucket = (int) (second % SECONDS);
    if (bucketSeconds[bucket] != second) {
      bucketSeconds[bucket] = second;
      counts[bucket] = 0;
    }
    counts[bucket] += events;
  }

  synchronized double perSecond(long nowNanos) {
    long elapsed = nowNanos - startedNanos;
    long second = elapsed / NANOS_PER_SECOND;
    long events = 0;
    for (int bucket = 0; bucket < SECONDS; bucket++) {
      if (bucketSeconds[bucket] > second - SECONDS) {
        events += counts[bucket];
      }
    }
    // Early on the window is as long as the meter has run, so a young meter does not read low.
    double window = Math.min(SECONDS, Math.max(elapsed / (double) NANOS_PER_SECOND, 1.0));
    return events / window;
  }
}
