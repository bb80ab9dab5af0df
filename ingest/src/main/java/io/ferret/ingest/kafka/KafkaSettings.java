package io.ferret.ingest.kafka;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How Ferret consumes Kafka: the {@code kafka:} section of {@code ferret.yml}.
 *
 * @param bootstrapServers the brokers to contact first, {@code host:port[,host:port…]}
 * @param groupId the one consumer group of every Ferret consumer; offsets live in the store, not the group
 * @param topics which topics land in which table; the first route that matches a topic wins
 * @param flush when batches are written
 * @param maxMessageBytes larger message values are rejected rather than parsed
 * @param maxPendingBatches batches waiting for the store before partitions are paused
 * @param consumer further Kafka consumer settings (security, timeouts), passed on as they are
 */
public record KafkaSettings(
    String bootstrapServers,
    String groupId,
    List<TopicRoute> topics,
    FlushPolicy flush,
    int maxMessageBytes,
    int maxPendingBatches,
    Map<String, String> consumer) {
  public static final String BOOTSTRAP_SERVERS_CONFIG = "bootstrap_servers";
  public static final String GROUP_ID_CONFIG = "group_id";
  public static final String DEFAULT_GROUP_ID = "ferret";
  public static final String TOPICS_CONFIG = "topics";
  public static final String FLUSH_CONFIG = "flush";
  public static final String MAX_MESSAGE_BYTES_CONFIG = "max_message_bytes";
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
  public static final String MAX_PENDING_BATCHES_CONFIG = "max_pending_batches";
  public static final int DEFAULT_MAX_PENDING_BATCHES = 2;
  public static final String CONSUMER_CONFIG = "consumer";

  /** Consumer settings Ferret decides itself: exactly-once landing depends on them. */
  private static final Set<String> MANAGED = Set.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
      ConsumerConfig.GROUP_ID_CONFIG, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
      ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
      ConsumerConfig.AUTO_OFFSET_RESET_CONFIG);

  /** Defaults for consumer settings the user may still change in {@code consumer:}. */
  private static final Map<String, String> CONSUMER_DEFAULTS = Map.of(
      // Aborted transactional writes must not land; committed ones land once.
      ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
      // Larger polls cost nothing in latency and save per-poll overhead at high rates.
      ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");

  public KafkaSettings {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException(BOOTSTRAP_SERVERS_CONFIG + " is missing");
    }
    if (groupId == null || groupId.isBlank()) {
      throw new IllegalArgumentException(GROUP_ID_CONFIG + " must not be empty");
    }
    if (topics == null || topics.isEmpty()) {
      throw new IllegalArgumentException(TOPICS_CONFIG + " must name at least one topic or pattern and its table");
    }
    topics = List.copyOf(topics);
    requireDistinctTopics(topics);
    Objects.requireNonNull(flush, "flush is null");
    if (maxMessageBytes < 1) {
      throw new IllegalArgumentException(MAX_MESSAGE_BYTES_CONFIG + " must be at least 1, got " + maxMessageBytes);
    }
    if (maxPendingBatches < 1) {
      throw new IllegalArgumentException(
          MAX_PENDING_BATCHES_CONFIG + " must be at least 1, got " + maxPendingBatches);
    }
    consumer = consumer == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(consumer));
    for (String key : consumer.keySet()) {
      if (MANAGED.contains(key)) {
        throw new IllegalArgumentException(CONSUMER_CONFIG + "." + key + " is set by Ferret"
            + (key.equals(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG) ? "; use " + BOOTSTRAP_SERVERS_CONFIG
                : key.equals(ConsumerConfig.GROUP_ID_CONFIG) ? "; use " + GROUP_ID_CONFIG
                : ": offsets are kept in the store"));
      }
    }
  }

  /** Reads the {@code kafka:} section; absent keys take their defaults. */
  @JsonCreator
  public static KafkaSettings of(
      @JsonProperty(BOOTSTRAP_SERVERS_CONFIG) String bootstrapServers,
      @JsonProperty(GROUP_ID_CONFIG) String groupId,
      @JsonProperty(TOPICS_CONFIG) List<TopicRoute> topics,
      @JsonProperty(FLUSH_CONFIG) FlushPolicy flush,
      @JsonProperty(MAX_MESSAGE_BYTES_CONFIG) Integer maxMessageBytes,
      @JsonProperty(MAX_PENDING_BATCHES_CONFIG) Integer maxPendingBatches,
      @JsonProperty(CONSUMER_CONFIG) Map<String, String> consumer) {
    return new KafkaSettings(bootstrapServers, groupId == null ? DEFAULT_GROUP_ID : groupId, topics,
        flush == null ? FlushPolicy.defaults() : flush,
        maxMessageBytes == null ? DEFAULT_MAX_MESSAGE_BYTES : maxMessageBytes,
        maxPendingBatches == null ? DEFAULT_MAX_PENDING_BATCHES : maxPendingBatches, consumer);
  }

  /** Settings with every default: group {@value #DEFAULT_GROUP_ID}, default flushing and limits. */
  public static KafkaSettings defaults(String bootstrapServers, List<TopicRoute> topics) {
    return of(bootstrapServers, null, topics, null, null, null, null);
  }

  public KafkaSettings withGroupId(String group) {
    return new KafkaSettings(bootstrapServers, group, topics, flush, maxMessageBytes, maxPendingBatches, consumer);
  }

  public KafkaSettings withFlush(FlushPolicy policy) {
    return new KafkaSettings(bootstrapServers, groupId, topics, policy, maxMessageBytes, maxPendingBatches, consumer);
  }

  public KafkaSettings withMaxMessageBytes(int bytes) {
    return new KafkaSettings(bootstrapServers, groupId, topics, flush, bytes, maxPendingBatches, consumer);
  }

  public KafkaSettings withConsumerSetting(String key, String value) {
    Map<String, String> settings = new LinkedHashMap<>(consumer);
    settings.put(key, value);
    return new KafkaSettings(bootstrapServers, groupId, topics, flush, maxMessageBytes, maxPendingBatches, settings);
  }

  /** The Kafka consumer's configuration: the user's {@code consumer:} settings over Ferret's defaults. */
  public Properties consumerProperties() {
    Properties properties = new Properties();
    properties.putAll(CONSUMER_DEFAULTS);
    properties.putAll(consumer);
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    // Kafka's committed offsets are informational; the store's ferret_offsets decide where reading resumes.
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return properties;
  }

  private static void requireDistinctTopics(List<TopicRoute> topics) {
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (TopicRoute route : topics) {
      if (!seen.add(route.describe())) {
        repeated.add(route.describe());
      }
    }
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException(TOPICS_CONFIG + " lists " + String.join(", ", repeated) + " more than once");
    }
  }
}
