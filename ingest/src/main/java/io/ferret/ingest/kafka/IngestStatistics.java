package io.ferret.ingest.kafka;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;

/**
 * Counts what an ingestor consumed and landed, per topic, for status reports. The consumer thread reports reads
 * and lag, the writer thread landings, and any thread may take a snapshot.
 */
final class IngestStatistics implements LandingListener {
  private final TopicRouter router;
  private final Map<String, Counters> topics = new ConcurrentHashMap<>();
  private final Map<TopicPartition, AtomicLong> unlanded = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Long> landedNext = new ConcurrentHashMap<>();
  private volatile Map<TopicPartition, Long> lag = Map.of();
  private volatile Set<TopicPartition> paused = Set.of();
  private volatile IngestState state = IngestState.STARTING;
  private volatile String error;

  IngestStatistics(TopicRouter router) {
    this.router = router;
  }

  void consumed(TopicPartition partition, int messages) {
    counters(partition.topic()).consumed.addAndGet(messages);
    unlanded.computeIfAbsent(partition, p -> new AtomicLong()).addAndGet(messages);
  }

  @Override
  public void landed(LandedBatch batch) {
    long now = System.nanoTime();
    batch.slices().forEach((partition, slice) -> {
      Counters counters = counters(partition.topic());
      counters.landed.addAndGet(slice.accepted());
      counters.rejected.addAndGet(slice.rejected());
      counters.rate.mark(slice.messages(), now);
      unlanded.computeIfAbsent(partition, p -> new AtomicLong()).addAndGet(-slice.messages());
      landedNext.merge(partition, slice.nextOffset(), Math::max);
    });
  }

  /** Messages read from the partition that have not landed yet. */
  long unlanded(TopicPartition partition) {
    AtomicLong count = unlanded.get(partition);
    return count == null ? 0 : count.get();
  }

  /** The offset after the last message of the partition landed by this process, or null if none. */
  Long landedNext(TopicPartition partition) {
    return landedNext.get(partition);
  }

  /** Replaces the lag of the owned partitions; a null value is a partition whose lag is not known yet. */
  void lag(Map<TopicPartition, Long> owned) {
    lag = Collections.unmodifiableMap(new HashMap<>(owned));
  }

  /** Replaces the set of partitions paused because the store fell behind. */
  void paused(Set<TopicPartition> partitions) {
    paused = Set.copyOf(partitions);
  }

  void state(IngestState next, String reason) {
    error = reason;
    state = next;
  }

  IngestState state() {
    return state;
  }

  KafkaIngestStatus snapshot() {
    long now = System.nanoTime();
    Map<TopicPartition, Long> owned = lag;
    Set<TopicPartition> stalled = paused;
    Map<String, List<Long>> lagByTopic = new TreeMap<>();
    owned.forEach((partition, partitionLag) ->
        lagByTopic.computeIfAbsent(partition.topic(), t -> new ArrayList<>()).add(partitionLag));
    topics.keySet().forEach(topic -> lagByTopic.computeIfAbsent(topic, t -> new ArrayList<>()));
    List<TopicProgress> progress = new ArrayList<>();
    lagByTopic.forEach((topic, lags) -> {
      Counters counters = counters(topic);
      int pausedPartitions = (int) stalled.stream().filter(partition -> partition.topic().equals(topic)).count();
      progress.add(new TopicProgress(topic, router.route(topic).table(), lags.size(), pausedPartitions,
          counters.consumed.get(), counters.landed.get(), counters.rejected.get(), sum(lags),
          counters.rate.perSecond(now)));
    });
    return new KafkaIngestStatus(state, error, progress);
  }

  private Counters counters(String topic) {
    return topics.computeIfAbsent(topic, t -> new Counters(System.nanoTime()));
  }

  /** The total, or null when any part is unknown or there are none. */
  private static Long sum(List<Long> lags) {
    if (lags.isEmpty() || lags.contains(null)) {
      return null;
    }
    return lags.stream().mapToLong(Long::longValue).sum();
  }

  /** One topic's counts since start. */
  private static final class Counters {
    final AtomicLong consumed = new AtomicLong();
    final AtomicLong landed = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final RateMeter rate;

    Counters(long startedNanos) {
      this.rate = new RateMeter(startedNanos);
    }
  }
}
