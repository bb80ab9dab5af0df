package io.ferret.ingest.kafka;

import io.ferret.schema.BatchCollector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** The open batch of each table, and the flush policy that says when each is sealed. */
final class OpenBatches {
  private final FlushPolicy policy;
  private final MessageParser parser;
  private final Supplier<BatchCollector> collectors;
  private final PartitionPositions positions;
  private final Map<String, TableBatch> batches = new LinkedHashMap<>();
  private final List<SealedBatch> full = new ArrayList<>();

  OpenBatches(FlushPolicy policy, MessageParser parser, Supplier<BatchCollector> collectors,
      PartitionPositions positions) {
    this.policy = policy;
    this.parser = parser;
    this.collectors = collectors;
    this.positions = positions;
  }

  /** Parses a message into its table's batch, sealing the batch as soon as it is full. */
  void add(TopicRoute route, TopicPartition partition, ConsumerRecord<byte[], byte[]> message, String position,
      long nowNanos) {
    TableBatch batch = batches.computeIfAbsent(route.table(), t -> new TableBatch(t, collectors.get(), nowNanos));
    batch.add(partition, message, route, position, parser);
    if (batch.isFull(policy)) {
      full.add(batch.seal(positions));
      batches.remove(route.table());
    }
  }

  /** The batches sealed full since the last call, and those that have waited the flush interval. */
  List<SealedBatch> sealReady(long nowNanos) {
    List<SealedBatch> sealed = new ArrayList<>(full);
    full.clear();
    for (Iterator<TableBatch> open = batches.values().iterator(); open.hasNext(); ) {
      TableBatch batch = open.next();
      if (nowNanos >= batch.dueAtNanos(policy)) {
        sealed.add(batch.seal(positions));
        open.remove();
      }
    }
    return sealed;
  }

  /** Seals every open batch, as before a rebalance or shutdown, and returns them after those sealed full. */
  List<SealedBatch> sealAll() {
    List<SealedBatch> sealed = new ArrayList<>(full);
    full.clear();
    for (TableBatch batch : batches.values()) {
      sealed.add(batch.seal(positions));
    }
    batches.clear();
    return sealed;
  }

  /** Nanoseconds until the next batch is due, or the flush interval when none is open. */
  long nanosUntilDue(long nowNanos) {
    long due = nowNanos + policy.interval().toNanos();
    for (TableBatch batch : batches.values()) {
      due = Math.min(due, batch.dueAtNanos(policy));
    }
    return Math.max(0, due - nowNanos);
  }
}
