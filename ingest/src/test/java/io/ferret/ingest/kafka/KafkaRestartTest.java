package io.ferret.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ingest.kafka.testing.TestingKafka;
import io.ferret.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping, restarting and crashing never lose a message nor land one twice. */
class KafkaRestartTest {
  private static final int KILLS = 5;

  @TempDir Path folder;

  @Test
  void resumesFromTheOffsetsInTheStoreNotThoseOfTheConsumerGroup() {
    String topic = Topics.create(2);
    send(topic, 0, 1_000);
    try (Store store = Store.open(folder.resolve("store.duckdb"))) {
      try (IngestRun run = IngestRun.start(store, KafkaIngestTest.settings(topic, "events", 300))) {
        run.awaitLanded(1_000);
      }
      send(topic, 1_000, 1_500);

      // A new group has no offsets in Kafka, so only the store can tell where the first run stopped.
      try (IngestRun run = IngestRun.start(store, KafkaIngestTest.settings(topic, "events", 300))) {
        run.awaitLanded(500);
      }

      assertExactlyOnce(store, 1_500);
    }
  }

  @Test
  void landsEveryMessageExactlyOnceThoughTheIngestingProcessIsKilledAtRandomMoments()
      throws IOException, InterruptedException {
    String topic = Topics.create(3);
    String group = Topics.unique("group");
    Path database = folder.resolve("store.duckdb");
    Random moments = new Random(20261123);
    int messages = 30_000;
    try (SteadyProducer producer = SteadyProducer.start(topic, messages)) {
      for (int kill = 1; kill <= KILLS; kill++) {
        // SIGKILL after a random number of landed messages plus a random delay, so some kills fall inside a
        // DuckDB transaction and some between batches; no shutdown hook, no flush, no close runs
        killAfter(topic, group, database, 1 + moments.nextInt(3 * KafkaIngestProcess.MAX_ROWS),
            moments.nextInt(60));
        try (Store store = Store.open(database)) {
          long rows = IngestRun.count(store, "events");
          assertTrue(rows < messages, "kill " + kill + " came before the end: " + rows + " rows");
          assertExactlyOnce(store, rows);
        }
      }
      assertEquals(messages, producer.stop());
    }

    try (Store store = Store.open(database);
        IngestRun run = IngestRun.start(store, KafkaIngestProcess.settings(topic, group))) {
      run.await(() -> IngestRun.count(store, "events") >= messages,
          () -> IngestRun.count(store, "events") + " of " + messages + " rows");
      assertExactlyOnce(store, messages);
    }
  }

  /** Runs the ingesting child until it has landed {@code landed} messages, waits, then kills it with SIGKILL. */
  private void killAfter(String topic, String group, Path database, long landed, long delayMillis)
      throws IOException, InterruptedException {
    Path childErrors = folder.resolve("child.err");
    Process child = new ProcessBuilder(javaCommand(TestingKafka.shared().bootstrapServers(), topic, group,
        database.toString())).redirectError(childErrors.toFile()).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      awaitLanded(out, landed, childErrors);
      Thread.sleep(delayMillis);
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(IngestRun.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the child outlived SIGKILL");
    }
  }

  private static void assertExactlyOnce(Store store, long messages) {
    assertEquals(messages, IngestRun.count(store, "events"));
    assertEquals(messages, IngestRun.number(store, "SELECT count(DISTINCT id) FROM events"));
    assertEquals(messages, IngestRun.number(store, "SELECT sum(next_offset) FROM ferret_offsets"));
  }

  /** Reads the child's progress until it has landed at least {@code target} messages. */
  private static void awaitLanded(BufferedReader out, long target, Path childErrors) throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(KafkaIngestProcess.LANDED)
          && Long.parseLong(line.substring(KafkaIngestProcess.LANDED.length())) >= target) {
        return;
      }
    }
    throw new AssertionError("the ingesting process ended early: " + Files.readString(childErrors));
  }

  private static List<String> javaCommand(String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(KafkaIngestProcess.class.getName());
    command.addAll(List.of(arguments));
    return command;
  }

  /** Writes messages with ids {@code from} (inclusive) to {@code to}, spread over the partitions by key. */
  private static void send(String topic, int from, int to) {
    List<ProducerRecord<String, String>> records = new ArrayList<>();
    for (int id = from; id < to; id++) {
      records.add(new ProducerRecord<>(topic, "key-" + id, "{\"id\":" + id + "}"));
    }
    Topics.send(records);
  }
}
