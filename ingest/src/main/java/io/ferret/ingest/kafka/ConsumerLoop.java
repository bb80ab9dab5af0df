package io.ferret.ingest.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer thread's work: poll, parse each message into its table's open batch, hand sealed batches to the
 * lander, and keep every owned partition in step with {@code ferret_offsets}.
 *
 * <p>Partitions start where the store says, on every assignment. Before partitions are revoked or lost, and at
 * shutdown, everything read is sealed and landed first, so that whoever owns a partition next resumes exactly
 * after the last message landed. While the lander has no room, every owned partition is paused: polling goes on,
 * for the group's sake, but fetches nothing.
 */
final class ConsumerLoop implements ConsumerRebalanceListener {
  private static final Logger LOG = LoggerFactory.getLogger(ConsumerLoop.class);
  private static final long MAX_POLL_WAIT_NANOS = Duration.ofMillis(100).toNanos();
  private static final Duration PAUSED_POLL_WAIT = Duration.ofMillis(20);
  private static final long REPORT_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Consumer<byte[], byte[]> consumer;
  private final TopicRouter router;
  private final PartitionPositions positions;
  private final OpenBatches batches;
  private final BatchLander lander;
  private final Connection offsetReads;
  private final IngestStatistics statistics;
  private final Deque<SealedBatch> waiting = new ArrayDeque<>();
  private volatile boolean running = true;
  private boolean failed;
  private long nextReportNanos;

  ConsumerLoop(Consumer<byte[], byte[]> consumer, TopicRouter router, PartitionPositions positions,
      OpenBatches batches, BatchLander lander, Connection offsetReads, IngestStatistics statistics) {
    this.consumer = consumer;
    this.router = router;
    this.positions = positions;
    this.batches = batches;
    this.lander = lander;
    this.offsetReads = offsetReads;
    this.statistics = statistics;
  }

  /** Consumes until {@link #stop}, then lands everything read and closes the consumer. */
  void run() {
    try {
      router.subscribe(consumer, this);
      while (running) {
        pollOnce();
      }
      landEverything();
      commitToKafka(consumer.assignment());
      statistics.state(IngestState.STOPPED, null);
    } catch (RuntimeException | Error e) {
      // The consumer's own revocation at close must not try to land again what just failed.
      failed = true;
      statistics.state(IngestState.FAILED, String.valueOf(e.getMessage()));
      throw e;
    } finally {
      consumer.close(CLOSE_TIMEOUT);
    }
  }

  /** Asks the loop to finish; it notices within one poll. */
  void stop() {
    running = false;
  }

  private void pollOnce() {
    ConsumerRecords<byte[], byte[]> records = consumer.poll(pollWait(System.nanoTime()));
    long now = System.nanoTime();
    for (TopicPartition partition : records.partitions()) {
      add(partition, records.records(partition), now);
    }
    waiting.addAll(batches.sealReady(now));
    submitWaiting();
    if (now >= nextReportNanos) {
      report();
      nextReportNanos = now + REPORT_INTERVAL_NANOS;
    }
  }

  private Duration pollWait(long now) {
    return waiting.isEmpty()
        ? Duration.ofNanos(Math.min(MAX_POLL_WAIT_NANOS, batches.nanosUntilDue(now)))
        : PAUSED_POLL_WAIT;
  }

  private void add(TopicPartition partition, List<ConsumerRecord<byte[], byte[]>> messages, long now) {
    TopicRoute route = router.route(partition.topic());
    String positionPrefix = partition.topic() + "/" + partition.partition() + "/";
    for (ConsumerRecord<byte[], byte[]> message : messages) {
      batches.add(route, partition, message, positionPrefix + message.offset(), now);
    }
    statistics.consumed(partition, messages.size());
  }

  /** Hands waiting batches to the lander in order; while it has no room, every owned partition stays paused. */
  private void submitWaiting() {
    while (!waiting.isEmpty() && lander.offer(waiting.peek())) {
      waiting.remove();
    }
    if (!waiting.isEmpty()) {
      consumer.pause(consumer.assignment());
    } else if (!consumer.paused().isEmpty()) {
      consumer.resume(consumer.paused());
    }
  }

  /** Seals every open batch and waits until all of them have landed. */
  private void landEverything() {
    waiting.addAll(batches.sealAll());
    try {
      while (!waiting.isEmpty()) {
        lander.put(waiting.remove());
      }
      lander.awaitLanded();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while landing Kafka messages", e);
    }
  }

  /** Publishes each owned partition's lag, and records what has landed in the consumer group. */
  private void report() {
    Map<TopicPartition, Long> lag = new HashMap<>();
    Map<TopicPartition, OffsetAndMetadata> landed = new HashMap<>();
    for (TopicPartition partition : consumer.assignment()) {
      OptionalLong unread = consumer.currentLag(partition);
      lag.put(partition, unread.isPresent() ? unread.getAsLong() + statistics.unlanded(partition) : null);
      Long next = statistics.landedNext(partition);
      if (next != null) {
        landed.put(partition, new OffsetAndMetadata(next));
      }
    }
    statistics.lag(lag);
    statistics.paused(consumer.paused());
    if (!landed.isEmpty()) {
      consumer.commitAsync(landed, (offsets, e) -> {
        if (e != null) {
          LOG.info("could not record landed offsets in the consumer group (informational only): {}", e.toString());
        }
      });
    }
  }

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    if (failed || partitions.isEmpty()) {
      return;
    }
    landEverything();
    commitToKafka(partitions);
    positions.revoke(partitions);
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    if (failed || partitions.isEmpty()) {
      return;
    }
    // Landing is still right: should another consumer have landed these partitions meanwhile, the offset check
    // refuses the batch and this ingestor stops instead of landing anything twice.
    landEverything();
    positions.revoke(partitions);
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    statistics.state(IngestState.RUNNING, null);
    if (partitions.isEmpty()) {
      return;
    }
    // Batches sealed before for these partitions must be in the store before their offsets are read.
    landEverything();
    Map<TopicPartition, Long> stored;
    try {
      stored = OffsetTable.read(offsetReads, partitions);
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "reading " + OffsetTable.NAME + " failed: " + e.getMessage(), e);
    }
    List<TopicPartition> fresh = new ArrayList<>();
    for (TopicPartition partition : partitions) {
      Long offset = stored.get(partition);
      if (offset != null) {
        consumer.seek(partition, offset);
        positions.assign(partition, offset);
      } else {
        fresh.add(partition);
        positions.assign(partition, PartitionSlice.NOTHING_STORED);
      }
    }
    if (!fresh.isEmpty()) {
      consumer.seekToBeginning(fresh);
    }
  }

  /**
   * Records landed offsets in the consumer group too, for Kafka's own lag tools. Only informational: the store's
   * offsets decide where reading resumes, so a failure here is logged, not fatal.
   */
  private void commitToKafka(Collection<TopicPartition> partitions) {
    Map<TopicPartition, OffsetAndMetadata> landed = new HashMap<>();
    for (TopicPartition partition : partitions) {
      long next = positions.position(partition);
      if (next != PartitionSlice.NOTHING_STORED) {
        landed.put(partition, new OffsetAndMetadata(next));
      }
    }
    if (landed.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(landed);
    } catch (KafkaException e) {
      LOG.warn("could not record landed offsets in consumer group (informational only): {}", e.toString());
    }
  }
}
