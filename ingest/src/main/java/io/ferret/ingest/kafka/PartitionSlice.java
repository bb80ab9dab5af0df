package io.ferret.ingest.kafka;

/**
 * The messages of one partition that one batch holds.
 *
 * @param expectedStored the partition's offset in {@code ferret_offsets} that the batch continues from, or
 *     {@link #NOTHING_STORED}; landing checks it, so that no two batches land the same messages
 * @param firstOffset offset of the batch's first message of the partition
 * @param nextOffset offset after its last message: where reading resumes once the batch has landed
 * @param accepted messages that became rows
 * @param rejected messages that went to {@code ferret_rejects}
 */
public record PartitionSlice(long expectedStored, long firstOffset, long nextOffset, int accepted, int rejected) {
  /** The partition has no row in {@code ferret_offsets} yet. */
  public static final long NOTHING_STORED = -1;

  public int messages() {
    return accepted + rejected;
  }
}
