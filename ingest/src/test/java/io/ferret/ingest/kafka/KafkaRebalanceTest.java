package io.ferret.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ferret.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consumers that join and leave one group, while messages keep arriving, land every message exactly once. */
class KafkaRebalanceTest {
  @TempDir Path folder;

  @Test
  void twoConsumersInOneGroupLandEveryMessageOnceWhileTheGroupRebalances() throws InterruptedException {
    String topic = Topics.create(4);
    KafkaSettings settings = KafkaIngestTest.settings(topic, "events", 200);
    try (Store store = Store.open(folder.resolve("store.duckdb"));
        IngestRun first = IngestRun.start(store, settings)) {
      int produced;
      try (SteadyProducer producer = SteadyProducer.start(topic)) {
        first.awaitLanded(500);
        try (IngestRun second = IngestRun.start(store, settings)) {
          // The second consumer owns partitions only after the first revoked them, landing what it had read.
          second.awaitLanded(500);
          long firstBeforeLeaving = first.landed();
          second.close();
          first.awaitLanded(firstBeforeLeaving + 500);
        }
        produced = producer.stop();
      }

      first.await(() -> IngestRun.count(store, "events") >= produced,
          () -> IngestRun.count(store, "events") + " of " + produced + " rows");
      assertEquals(produced, IngestRun.count(store, "events"));
      assertEquals(produced, IngestRun.number(store, "SELECT count(DISTINCT id) FROM events"));
      assertEquals(produced, IngestRun.number(store, "SELECT sum(next_offset) FROM ferret_offsets"));
    }
  }
}
