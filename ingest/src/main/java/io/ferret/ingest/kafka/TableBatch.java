package io.ferret.ingest.kafka;

import io.ferret.ingest.source.Rejected;
import io.ferret.schema.BatchCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** The open batch of one table: messages from any of its partitions, flattened as they arrive. */
final class TableBatch {
  private final String table;
  private final BatchCollector events;
  private final List<Rejected> rejects = new ArrayList<>();
  private final Map<TopicPartition, Slice> slices = new LinkedHashMap<>();
  private final long openedAtNanos;
  private int messages;
  private long bytes;

  TableBatch(String table, BatchCollector events, long openedAtNanos) {
    this.table = table;
    this.events = events;
    this.openedAtNanos = openedAtNanos;
  }

  void add(TopicPartition partition, ConsumerRecord<byte[], byte[]> message, TopicRoute route, String position,
      MessageParser parser) {
    Slice slice = slices.computeIfAbsent(partition, p -> new Slice(message.offset()));
    slice.nextOffset = message.offset() + 1;
    Rejected reject = parser.parseInto(events, message, route, position);
    if (reject == null) {
      slice.accepted++;
    } else {
      rejects.add(reject);
      slice.rejected++;
    }
    messages++;
    bytes += Math.max(0, message.serializedValueSize());
  }

  boolean isFull(FlushPolicy policy) {
    return messages >= policy.maxRows() || bytes >= policy.maxBytes();
  }

  long dueAtNanos(FlushPolicy policy) {
    return openedAtNanos + policy.interval().toNanos();
  }

  /** Closes the batch; {@code positions} supplies what each partition continues from and learns where it ends. */
  SealedBatch seal(PartitionPositions positions) {
    Map<TopicPartition, PartitionSlice> sealed = new LinkedHashMap<>();
    slices.forEach((partition, slice) -> sealed.put(partition, new PartitionSlice(
        positions.advance(partition, slice.nextOffset), slice.firstOffset, slice.nextOffset, slice.accepted,
        slice.rejected)));
    return new SealedBatch(table, events.finish(), List.copyOf(rejects), sealed, bytes);
  }

  /** What the batch holds of one partition so far. */
  private static final class Slice {
    final long firstOffset;
    long nextOffset;
    int accepted;
    int rejected;

    Slice(long firstOffset) {
      this.firstOffset = firstOffset;
    }
  }
}
