package io.ferret.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ingest.kafka.testing.TestingKafka;
import io.ferret.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kafka messages land through the file pipeline: schema evolution, rejects and metadata columns. */
class KafkaIngestTest {
  @TempDir Path folder;

  @Test
  void evolvesTheSchemaMidStreamAndRecordsTheTopicPartitionOffsetThatNeededIt() {
    String topic = Topics.create(1);
    List<String> messages = new ArrayList<>();
    for (int id = 0; id < 60; id++) {
      messages.add("{\"id\":" + id + ",\"amount\":" + id + "}");
    }
    for (int id = 60; id < 120; id++) {
      messages.add("{\"id\":" + id + ",\"amount\":" + id + ".5,\"shipping\":{\"method\":\"express\"}}");
    }
    Topics.send(topic, 0, messages);

    try (Store store = Store.open(folder.resolve("store.duckdb"))) {
      try (IngestRun run = IngestRun.start(store, settings(topic, "orders", 40))) {
        run.awaitLanded(120);
      }

      assertEquals(120, IngestRun.count(store, "orders"));
      assertEquals(List.of("DOUBLE"), IngestRun.lines(store,
          "SELECT data_type FROM ferret_columns WHERE table_name = 'orders' AND column_name = 'amount'"));
      assertEquals(List.of(
              "widen_column|amount|kafka|" + topic + "/0/60",
              "add_column|shipping.method|kafka|" + topic + "/0/60"),
          IngestRun.lines(store, "SELECT change, column_name, source, position FROM ferret_schema_history"
              + " WHERE table_name = 'orders' AND version > 1 ORDER BY version, seq"));
      assertEquals(60, IngestRun.number(store, "SELECT count(*) FROM orders WHERE \"shipping.method\" = 'express'"));
    }
  }

  @Test
  void rejectsPoisonMessagesWithTheirPositionAndKeepsThePartitionFlowing() {
    String topic = Topics.create(1);
    List<ProducerRecord<String, String>> messages = List.of(
        value(topic, "{\"id\":1}"),
        value(topic, "{\"id\":2,"),
        value(topic, "{\"id\":3}"),
        value(topic, "[1,2,3]"),
        value(topic, "{\"id\":5}"),
        value(topic, "{\"id\":6,\"pad\":\"" + "x".repeat(2_000) + "\"}"),
        value(topic, null),
        value(topic, "{\"id\":8} {\"id\":9}"),
        value(topic, "{\"id\":9}"));
    Topics.send(messages);

    try (Store store = Store.open(folder.resolve("store.duckdb"))) {
      try (IngestRun run = IngestRun.start(store, settings(topic, "events", 1_000).withMaxMessageBytes(1_000))) {
        run.awaitLanded(messages.size());
      }

      assertEquals(List.of("1", "3", "5", "9"), IngestRun.lines(store, "SELECT id FROM events ORDER BY id"));
      List<String> rejects = IngestRun.lines(store,
          "SELECT source, position, reason FROM ferret_rejects ORDER BY position");
      assertEquals(5, rejects.size(), rejects::toString);
      assertTrue(rejects.get(0).startsWith("kafka|" + topic + "/0/1|not JSON: "), rejects.get(0));
      assertEquals(List.of(
              "kafka|" + topic + "/0/3|not a JSON object: got an array",
              "kafka|" + topic + "/0/5|message is 2,017 bytes, over the 1,000-byte limit",
              "kafka|" + topic + "/0/6|the message has no value (a tombstone)",
              "kafka|" + topic + "/0/7|trailing characters after the JSON object"),
          rejects.subList(1, 5));
      assertEquals(List.of(topic + "|0|9"),
          IngestRun.lines(store, "SELECT topic, partition, next_offset FROM ferret_offsets"));
    }
  }

  @Test
  void keepsKeysTimestampsAndChosenHeadersAsColumns() {
    String topic = Topics.create(1);
    ProducerRecord<String, String> message =
        new ProducerRecord<>(topic, 0, 1_795_000_000_123L, "customer-7", "{\"id\":1}");
    message.headers().add(new RecordHeader("trace-id", "abc".getBytes(StandardCharsets.UTF_8)));
    message.headers().add(new RecordHeader("ignored", "x".getBytes(StandardCharsets.UTF_8)));
    Topics.send(List.of(message, new ProducerRecord<>(topic, 0, 1_795_000_000_456L, null, "{\"id\":2}")));
    TopicRoute route = TopicRoute.topic(topic, "orders").withKeyColumn("kafka_key")
        .withTimestampColumn("kafka_ts").withHeaderColumn("trace-id", "trace_id");

    try (Store store = Store.open(folder.resolve("store.duckdb"))) {
      try (IngestRun run = IngestRun.start(store, KafkaSettings.defaults(
          TestingKafka.shared().bootstrapServers(), List.of(route)).withGroupId(Topics.unique("group")))) {
        run.awaitLanded(2);
      }

      assertEquals(List.of("1|customer-7|2026-11-18 11:06:40.123|abc", "2|null|2026-11-18 11:06:40.456|null"),
          IngestRun.lines(store, "SELECT id, kafka_key, kafka_ts, trace_id FROM orders ORDER BY id"));
      assertEquals(List.of("TIMESTAMP"), IngestRun.lines(store,
          "SELECT data_type FROM ferret_columns WHERE table_name = 'orders' AND column_name = 'kafka_ts'"));
    }
  }

  @Test
  void pausesPartitionsInsteadOfReadingAheadWhenTheStoreFallsBehind() throws InterruptedException {
    String topic = Topics.create(2);
    int messages = 20_000;
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int id = 0; id < messages; id++) {
      records.add(new ProducerRecord<>(topic, id % 2, null, "{\"id\":" + id + "}"));
    }
    Topics.send(records);
    CountDownLatch storeBack = new CountDownLatch(1);
    // The listener runs on the writer thread, so blocking it is a store that has stopped keeping up.
    LandingListener stalledStore = batch -> await(storeBack);

    try (Store store = Store.open(folder.resolve("store.duckdb"));
        IngestRun run = IngestRun.start(store, settings(topic, "events", 100), stalledStore)) {
      try {
        run.await(() -> pausedPartitions(run) == 2, () -> "paused " + pausedPartitions(run) + " of 2 partitions");
        long consumed = run.ingestor().status().topics().get(0).consumed();
        // A batch landing, two queued, the rest of one poll waiting and the open batches: far from all of them.
        assertTrue(consumed < 5_000, "read " + consumed + " messages ahead of a stalled store");
      } finally {
        storeBack.countDown();
      }
      run.awaitLanded(messages);
      run.await(() -> pausedPartitions(run) == 0, () -> "paused " + pausedPartitions(run) + " after catching up");
      assertEquals(messages, IngestRun.count(store, "events"));
    }
  }

  private static int pausedPartitions(IngestRun run) {
    return run.ingestor().status().topics().stream().mapToInt(TopicProgress::pausedPartitions).sum();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(IngestRun.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the test never released the store");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ProducerRecord<String, String> value(String topic, String value) {
    return new ProducerRecord<>(topic, 0, null, value);
  }

  /** Settings for one topic and table, in a group of their own, flushing every 200 ms so that tests run fast. */
  static KafkaSettings settings(String topic, String table, int maxRows) {
    return KafkaSettings.defaults(TestingKafka.shared().bootstrapServers(), List.of(TopicRoute.topic(topic, table)))
        .withGroupId(Topics.unique("group"))
        .withFlush(FlushPolicy.defaults().withMaxRows(maxRows).withInterval(Duration.ofMillis(200)));
  }
}
