package io.ferret.ingest.kafka;

import io.ferret.ingest.source.Rejected;
import io.ferret.schema.CollectedBatch;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * A batch closed for one table, waiting to land in one transaction with its offsets.
 *
 * @param bytes message value bytes it holds, for memory accounting
 */
record SealedBatch(
    String table, CollectedBatch events, List<Rejected> rejects, Map<TopicPartition, PartitionSlice> slices,
    long bytes) {}
