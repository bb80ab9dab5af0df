package io.ferret.bench.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.sample.OrderStreamGenerator;
import io.ferret.ingest.sample.OrderStreamSpec;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Writes the ingest benchmark's order events to a topic, as fast as the broker takes them. */
final class OrderTopicWriter {
  private OrderTopicWriter() {}

  /** Writes {@code events} generated orders and returns the bytes written. */
  static long write(String bootstrapServers, String topic, long events) {
    long bytes = 0;
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(bulkProducer(bootstrapServers))) {
      Iterator<String> orders = OrderStreamGenerator.lines(OrderStreamSpec.benchmark(events));
      while (orders.hasNext()) {
        // The generator writes ASCII only.
        byte[] value = orders.next().getBytes(StandardCharsets.US_ASCII);
        bytes += value.length;
        producer.send(new ProducerRecord<>(topic, value));
      }
      producer.flush();
    } catch (KafkaException e) {
      throw new FerretException(ErrorCode.INTERNAL, "writing the benchmark topic failed: " + e.getMessage(), e);
    }
    return bytes;
  }

  /** A producer for loading data fast: large batches, leader acknowledgement only. */
  static Properties bulkProducer(String bootstrapServers) {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ACKS_CONFIG, "1");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return properties;
  }
}
