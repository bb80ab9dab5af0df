package io.ferret.ingest.kafka;

import io.ferret.ingest.kafka.testing.TestingKafka;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Topics and groups of one test on the shared broker, and messages written to them. */
final class Topics {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Topics() {}

  /** A name no other test in this JVM uses, and that no earlier run left behind on a fresh broker. */
  static String unique(String prefix) {
    return prefix + "-" + COUNTER.incrementAndGet() + "-" + ProcessHandle.current().pid();
  }

  /** A new topic with this many partitions. */
  static String create(int partitions) {
    String topic = unique("topic");
    TestingKafka.shared().createTopic(topic, partitions);
    return topic;
  }

  /** Writes values to one partition, in order, and waits until the broker has them all. */
  static void send(String topic, int partition, List<String> values) {
    send(values.stream().map(value -> new ProducerRecord<String, String>(topic, partition, null, value)).toList());
  }

  /** Writes the records in order and waits until the broker has acknowledged every one. */
  static void send(List<ProducerRecord<String, String>> records) {
    TestingKafka.shared().send(records);
  }
}
