package io.ferret.ingest.kafka;

/**
 * One row of {@code ferret_offsets}.
 *
 * @param table the table the partition's messages land in
 * @param nextOffset the offset after the last message landed: where reading resumes
 */
public record StoredOffset(String topic, int partition, String table, long nextOffset) {}
