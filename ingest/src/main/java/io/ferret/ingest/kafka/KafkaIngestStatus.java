package io.ferret.ingest.kafka;

import java.util.List;
import java.util.Objects;

/**
 * A snapshot of a Kafka ingestor.
 *
 * @param state where it is in its life
 * @param error why it failed; null unless {@link IngestState#FAILED}
 * @param topics per topic it has owned or read, by name
 */
public record KafkaIngestStatus(IngestState state, String error, List<TopicProgress> topics) {
  public KafkaIngestStatus {
    Objects.requireNonNull(state, "state is null");
    topics = List.copyOf(topics);
  }
}
