package io.ferret.bench.kafka;

import io.ferret.bench.HeapFigures;
import io.ferret.bench.LoadMeasurement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one {@code ferret bench kafka} run. A consumer that reads and discards is the baseline,
 * measured on the same topic in the same run, and Ferret's Kafka ingest is reported as a ratio to it.
 *
 * @param events events in the measured topic
 * @param topicBytes bytes of message values in it
 * @param brokerStart time the in-JVM broker took to start
 * @param produce time to write the measured topic; not part of either measurement
 * @param discard the consume-and-discard baseline
 * @param ferret Ferret's Kafka to DuckDB ingest of the same topic
 * @param duckDbCeiling DuckDB loading the same events from a JSONL file by itself ({@code read_json_auto}): how
 *     fast the store can take them at all on this machine, whoever feeds it
 * @param ferretHeap Ferret's heap during its ingest, in a JVM of its own whose heap is capped at the target
 * @param ferretPeakArrowBytes peak off-heap memory of the store's Arrow allocator during Ferret's ingest
 * @param latency the steady-rate latency run; empty when skipped
 */
public record KafkaBenchmarkReport(
    long events,
    long topicBytes,
    Duration brokerStart,
    Duration produce,
    LoadMeasurement discard,
    LoadMeasurement ferret,
    LoadMeasurement duckDbCeiling,
    HeapFigures ferretHeap,
    long ferretPeakArrowBytes,
    Optional<LatencyMeasurement> latency) {

  /** Ferret should land at least this share of what a consumer that does nothing can read. */
  public static final double TARGET_RATIO = 0.6;

  /** 99% of events should be queryable within this of being sent. */
  public static final Duration TARGET_P99 = Duration.ofSeconds(2);

  /** Ferret streams: its heap should stay within this however many events pass through. */
  public static final long TARGET_PEAK_HEAP_BYTES = 256L * 1024 * 1024;

  public KafkaBenchmarkReport {
    Objects.requireNonNull(brokerStart, "brokerStart is null");
    Objects.requireNonNull(produce, "produce is null");
    Objects.requireNonNull(discard, "discard is null");
    Objects.requireNonNull(ferret, "ferret is null");
    Objects.requireNonNull(duckDbCeiling, "duckDbCeiling is null");
    Objects.requireNonNull(ferretHeap, "ferretHeap is null");
    Objects.requireNonNull(latency, "latency is null; use Optional.empty()");
  }

  /** Ferret's events per second over the discarding consumer's. */
  public double ratio() {
    return ferret.rowsPerSecond() / discard.rowsPerSecond();
  }

  /** DuckDB's own JSON load over the discarding consumer: the ratio no feeder of this store could exceed. */
  public double ceilingRatio() {
    return duckDbCeiling.rowsPerSecond() / discard.rowsPerSecond();
  }

  public boolean meetsRatioTarget() {
    return ratio() >= TARGET_RATIO;
  }

  public boolean meetsHeapTarget() {
    return ferretHeap.peakInUseBytes() <= TARGET_PEAK_HEAP_BYTES;
  }

  /** True when the latency run met its target; empty when it was skipped. */
  public Optional<Boolean> meetsLatencyTarget() {
    return latency.map(run -> run.percentile(0.99).compareTo(TARGET_P99) <= 0);
  }
}
