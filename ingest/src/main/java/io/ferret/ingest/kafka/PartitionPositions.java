package io.ferret.ingest.kafka;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * For each assigned partition, the offset {@code ferret_offsets} will hold once every batch sealed so far has
 * landed. Each sealed batch carries the value it continues from, which landing checks against the store.
 * Used by the consumer thread only.
 */
final class PartitionPositions {
  private final Map<TopicPartition, Long> positions = new HashMap<>();

  /** Starts tracking a partition from its stored offset, or {@link PartitionSlice#NOTHING_STORED}. */
  void assign(TopicPartition partition, long stored) {
    positions.put(partition, stored);
  }

  void revoke(Collection<TopicPartition> partitions) {
    partitions.forEach(positions::remove);
  }

  /** Where the partition will be once everything sealed has landed; {@link PartitionSlice#NOTHING_STORED} if unknown. */
  long position(TopicPartition partition) {
    return positions.getOrDefault(partition, PartitionSlice.NOTHING_STORED);
  }

  /** Moves the partition to {@code nextOffset} and returns where it was. */
  long advance(TopicPartition partition, long nextOffset) {
    Long previous = positions.put(partition, nextOffset);
    if (previous == null) {
      throw new IllegalStateException("a batch holds messages of " + partition + ", which is not assigned");
    }
    return previous;
  }
}
