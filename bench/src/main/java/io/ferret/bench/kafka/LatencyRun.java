package io.ferret.bench.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.kafka.IngestState;
import io.ferret.ingest.kafka.KafkaIngestor;
import io.ferret.ingest.kafka.KafkaSettings;
import io.ferret.ingest.kafka.LandedBatch;
import io.ferret.ingest.kafka.PartitionSlice;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import io.ferret.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Produces order events at a steady rate while Ferret ingests them, and measures each event's latency: from the
 * moment it was sent until the transaction that landed it committed, after which a query sees it.
 */
final class LatencyRun {
  private static final long TICK_NANOS = Duration.ofMillis(10).toNanos();
  private static final long TICKS_PER_SECOND = Duration.ofSeconds(1).toNanos() / TICK_NANOS;
  private static final Duration ASSIGNMENT_TIMEOUT = Duration.ofSeconds(60);

  private LatencyRun() {}

  static LatencyMeasurement run(KafkaSettings settings, String topic, int partitions, int rate, Duration duration,
      Path database) {
    SendTimes sendTimes = new SendTimes(partitions);
    List<LandedBatch> landings = new ArrayList<>();
    LandingCounter counter = new LandingCounter();
    try (Store store = Store.open(database)) {
      KafkaIngestor ingestor = FerretKafkaLoad.ingestor(store, settings, batch -> {
        synchronized (landings) {
          landings.add(batch);
        }
        counter.landed(batch);
      });
      try {
        ingestor.start();
        awaitAssignment(ingestor);
        long started = System.nanoTime();
        long sent = produce(settings.bootstrapServers(), topic, rate, duration, sendTimes);
        Duration producing = Duration.ofNanos(System.nanoTime() - started);
        counter.await(sent, ingestor);
        synchronized (landings) {
          return new LatencyMeasurement(rate, sent, producing, latencies(landings, sendTimes));
        }
      } finally {
        ingestor.close();
      }
    }
  }

  /** Sends {@code rate / 100} events every 10 ms for the duration; returns how many were sent. */
  private static long produce(String bootstrapServers, String topic, int rate, Duration duration, SendTimes times) {
    Properties properties = OrderTopicWriter.bulkProducer(bootstrapServers);
    // Batching would hold events back; at this rate each 10 ms tick is its own small batch anyway.
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    long ticks = duration.toNanos() / TICK_NANOS;
    long total = rate * ticks / TICKS_PER_SECOND;
    Iterator<String> orders = OrderStreamGenerator.lines(OrderStreamSpec.benchmark(Math.max(total, 1)));
    long sent = 0;
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties)) {
      for (long tick = 1; tick <= ticks; tick++) {
        for (long due = rate * tick / TICKS_PER_SECOND; sent < due; sent++) {
          producer.send(new ProducerRecord<>(topic, orders.next().getBytes(StandardCharsets.US_ASCII)),
              (metadata, e) -> {
                if (e == null) {
                  times.sent(metadata.partition(), metadata.offset(), metadata.timestamp());
                }
              });
        }
        pauseUntil(start + tick * TICK_NANOS);
      }
      producer.flush();
    }
    return sent;
  }

  private static long[] latencies(List<LandedBatch> landings, SendTimes times) {
    long[] millis = new long[landings.stream().mapToInt(LandedBatch::accepted).sum()
        + landings.stream().mapToInt(LandedBatch::rejected).sum()];
    int next = 0;
    for (LandedBatch batch : landings) {
      long landedAt = batch.landedAt().toEpochMilli();
      for (Map.Entry<TopicPartition, PartitionSlice> slice : batch.slices().entrySet()) {
        for (long offset = slice.getValue().firstOffset(); offset < slice.getValue().nextOffset(); offset++) {
          millis[next++] = landedAt - times.sentAt(slice.getKey().partition(), offset);
        }
      }
    }
    long[] measured = Arrays.copyOf(millis, next);
    Arrays.sort(measured);
    return measured;
  }

  private static void awaitAssignment(KafkaIngestor ingestor) {
    long deadline = System.nanoTime() + ASSIGNMENT_TIMEOUT.toNanos();
    while (ingestor.status().state() == IngestState.STARTING) {
      if (System.nanoTime() > deadline || ingestor.termination().isDone()) {
        throw new FerretException(ErrorCode.INTERNAL, "Kafka ingest did not join its group: " + ingestor.status());
      }
      pauseUntil(System.nanoTime() + TICK_NANOS);
    }
  }

  private static void pauseUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait <= 0) {
      return;
    }
    try {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while producing at a steady rate", e);
    }
  }
}
