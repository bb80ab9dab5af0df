package io.ferret.bench.kafka;

import io.ferret.bench.LoadMeasurement;
import io.ferret.bench.ProcessCpuClock;
import io.ferret.ingest.kafka.KafkaSettings;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * The baseline: a plain consumer that reads every message of a topic and throws it away, as fast as Kafka
 * delivers. It uses Ferret's consumer settings, so that the two sides differ only in what they do with a message.
 */
final class DiscardingConsumer {
  private static final Duration POLL = Duration.ofMillis(100);

  private DiscardingConsumer() {}

  /** Reads {@code events} messages from the start of the topic, in a group of its own. */
  static LoadMeasurement consume(KafkaSettings settings, String topic, long events) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings.consumerProperties())) {
      Duration cpuBefore = ProcessCpuClock.now();
      long started = System.nanoTime();
      consumer.subscribe(List.of(topic));
      long read = 0;
      long bytes = 0;
      while (read < events) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
        for (ConsumerRecord<byte[], byte[]> record : records) {
          // Touching each value keeps the JIT from skipping the deserialisation it would otherwise not need.
          bytes += record.value().length;
        }
        read += records.count();
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      Duration cpu = ProcessCpuClock.now().minus(cpuBefore);
      if (bytes == 0) {
        throw new IllegalStateException("read " + read + " messages without a byte of value");
      }
      return new LoadMeasurement(read, elapsed, cpu);
    }
  }
}
