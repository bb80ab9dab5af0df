package io.ferret.ingest.kafka;

import io.ferret.schema.SchemaChange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * A batch committed to the store together with its offsets.
 *
 * @param table the table it landed in
 * @param slices what it held of each partition
 * @param changes the schema changes it made
 * @param landedAt when the transaction committed; its rows were queryable from then on
 */
public record LandedBatch(
    String table, Map<TopicPartition, PartitionSlice> slices, List<SchemaChange> changes, Instant landedAt) {

  public int accepted() {
    return slices.values().stream().mapToInt(PartitionSlice::accepted).sum();
  }

  public int rejected() {
    return slices.values().stream().mapToInt(PartitionSlice::rejected).sum();
  }
}
