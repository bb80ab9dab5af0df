package io.ferret.bench.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link KafkaBenchmark} measures.
 *
 * @param events order events in the measured topic, which both consumers read in full
 * @param warmupEvents events each side reads once before measuring; 0 skips the warm-up
 * @param partitions partitions of every topic the benchmark makes
 * @param latencyRate events per second produced during the latency run; 0 skips it
 * @param latencyDuration how long the latency run produces
 * @param workParent folder under which the benchmark makes (and removes) its stores; empty for the system's
 *     temporary folder
 */
public record KafkaBenchmarkOptions(
    long events,
    long warmupEvents,
    int partitions,
    int latencyRate,
    Duration latencyDuration,
    Optional<Path> workParent) {
  public static final long DEFAULT_EVENTS = 2_000_000;
  public static final long DEFAULT_WARMUP_EVENTS = 200_000;
  public static final int DEFAULT_PARTITIONS = 3;
  public static final int DEFAULT_LATENCY_RATE = 20_000;
  public static final Duration DEFAULT_LATENCY_DURATION = Duration.ofSeconds(30);

  public KafkaBenchmarkOptions {
    if (events < 1) {
      throw new IllegalArgumentException("events must be at least 1, got " + events);
    }
    if (warmupEvents < 0) {
      throw new IllegalArgumentException("warmupEvents must be at least 0, got " + warmupEvents);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    if (latencyRate < 0) {
      throw new IllegalArgumentException("latencyRate must be at least 0, got " + latencyRate);
    }
    Objects.requireNonNull(latencyDuration, "latencyDuration is null");
    if (latencyRate > 0 && latencyDuration.toMillis() < 1) {
      throw new IllegalArgumentException("latencyDuration must be positive, got " + latencyDuration);
    }
    Objects.requireNonNull(workParent, "workParent is null; use Optional.empty()");
  }

  public static KafkaBenchmarkOptions defaults() {
    return new KafkaBenchmarkOptions(DEFAULT_EVENTS, DEFAULT_WARMUP_EVENTS, DEFAULT_PARTITIONS,
        DEFAULT_LATENCY_RATE, DEFAULT_LATENCY_DURATION, Optional.empty());
  }

  public KafkaBenchmarkOptions withEvents(long count) {
    return new KafkaBenchmarkOptions(count, warmupEvents, partitions, latencyRate, latencyDuration, workParent);
  }

  public KafkaBenchmarkOptions withWarmupEvents(long count) {
    return new KafkaBenchmarkOptions(events, count, partitions, latencyRate, latencyDuration, workParent);
  }

  public KafkaBenchmarkOptions withLatency(int rate, Duration duration) {
    return new KafkaBenchmarkOptions(events, warmupEvents, partitions, rate, duration, workParent);
  }

  public KafkaBenchmarkOptions withWorkParent(Path folder) {
    return new KafkaBenchmarkOptions(events, warmupEvents, partitions, latencyRate, latencyDuration,
        Optional.of(folder));
  }
}
