package io.ferret.cli;

import io.ferret.ingest.kafka.testing.TestingKafka;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Topics on the shared test broker for the serve tests, and messages written to them. */
final class ServeKafka {
  private ServeKafka() {}

  /** A new topic whose name no other test in this JVM uses. */
  static String topic(String prefix, int partitions) {
    String topic = prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    TestingKafka.shared().createTopic(topic, partitions);
    return topic;
  }

  /** Writes the values of ids {@code from} (inclusive) to {@code to} to one partition, and waits for them. */
  static void send(String topic, int partition, int from, int to, IntFunction<String> value) {
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int id = from; id < to; id++) {
      records.add(new ProducerRecord<>(topic, partition, null, value.apply(id)));
    }
    TestingKafka.shared().send(records);
  }
}
