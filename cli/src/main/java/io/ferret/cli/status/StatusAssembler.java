package io.ferret.cli.status;

import io.ferret.ingest.kafka.KafkaIngestStatus;
import io.ferret.ingest.kafka.TopicProgress;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds status reports from what a store records and, on a server, from its live Kafka ingest. */
public final class StatusAssembler {
  /** The ingest state shown when the configuration has no {@code kafka:} section. */
  public static final String NOT_CONFIGURED = "not configured";

  private StatusAssembler() {}

  /** What a store alone can tell; figures only a running server knows are left out. */
  public static StatusReport fromStore(String source, Connection connection) {
    StoreFacts facts = StoreStatusReader.read(connection);
    return new StatusReport(source, null, null, facts.topics().stream().map(StatusAssembler::recorded).toList(),
        facts.tables());
  }

  /** A running server's status: the store's records with the live ingest's figures over them. */
  public static StatusReport fromServer(String source, Connection connection, Optional<KafkaIngestStatus> ingest) {
    StoreFacts facts = StoreStatusReader.read(connection);
    if (ingest.isEmpty()) {
      return new StatusReport(source, NOT_CONFIGURED, null,
          facts.topics().stream().map(StatusAssembler::recorded).toList(), facts.tables());
    }
    Map<String, StoreFacts.StoredTopic> stored = facts.topics().stream()
        .collect(Collectors.toMap(StoreFacts.StoredTopic::topic, Function.identity()));
    Map<String, TopicProgress> live = ingest.get().topics().stream()
        .collect(Collectors.toMap(TopicProgress::topic, Function.identity()));
    SortedSet<String> names = new TreeSet<>(stored.keySet());
    names.addAll(live.keySet());
    List<TopicStatus> topics = new ArrayList<>();
    for (String topic : names) {
      StoreFacts.StoredTopic recorded = stored.get(topic);
      TopicProgress progress = live.get(topic);
      topics.add(progress == null ? recorded(recorded) : new TopicStatus(topic, progress.table(),
          progress.partitions(), progress.pausedPartitions(), progress.lag(), progress.eventsPerSecond(),
          progress.consumed(), progress.landed(), recorded == null ? 0 : recorded.rejects()));
    }
    KafkaIngestStatus status = ingest.get();
    return new StatusReport(source, status.state().name().toLowerCase(Locale.ROOT), status.error(), topics,
        facts.tables());
  }

  private static TopicStatus recorded(StoreFacts.StoredTopic topic) {
    return new TopicStatus(topic.topic(), topic.table(), topic.partitions(), null, null, null, null, null,
        topic.rejects());
  }
}
