package io.ferret.ingest.kafka;

import io.ferret.ingest.kafka.testing.TestingKafka;
import io.ferret.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * A separate JVM that ingests one topic until it is killed, for the crash test: {@code bootstrap topic group
 * database}. It prints {@value #LANDED} and the running total after every batch, and lands slowly enough that
 * the test can kill it half-way.
 */
public final class KafkaIngestProcess {
  static final String LANDED = "landed ";
  static final int MAX_ROWS = 500;
  private static final long MILLIS_PER_BATCH = 40;

  private KafkaIngestProcess() {}

  public static void main(String[] args) throws InterruptedException {
    KafkaSettings settings = settings(args[0], args[1], args[2]);
    long[] landed = {0};
    LandingListener slowStore = batch -> {
      landed[0] += batch.accepted() + batch.rejected();
      System.out.println(LANDED + landed[0]);
      System.out.flush();
      pause();
    };
    Store store = Store.open(Path.of(args[3]));
    IngestRun.start(store, settings, slowStore);
    Thread.currentThread().join();
  }

  /**
   * What the child and the test's restart both use, so that the restart continues the same ingest. A static
   * member id lets the restart take over at once, as a restarted {@code ferret serve} configured with one
   * does, instead of waiting for the group to time the killed member out.
   */
  static KafkaSettings settings(String bootstrapServers, String topic, String group) {
    return KafkaSettings.defaults(bootstrapServers, List.of(TopicRoute.topic(topic, "events")))
        .withGroupId(group)
        .withFlush(FlushPolicy.defaults().withMaxRows(MAX_ROWS))
        .withConsumerSetting(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, group + "-member");
  }

  /** Settings for the shared broker. */
  static KafkaSettings settings(String topic, String group) {
    return settings(TestingKafka.shared().bootstrapServers(), topic, group);
  }

  private static void pause() {
    try {
      Thread.sleep(MILLIS_PER_BATCH);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
