package io.ferret.bench.kafka;

import java.util.Arrays;

/**
 * When each message was sent, by partition and offset: the producer's timestamp, which Kafka keeps as the
 * message's create time. Written by the producer's callback thread, read once producing has ended.
 */
final class SendTimes {
  private static final int INITIAL_CAPACITY = 1 << 16;

  private final long[][] millis;

  SendTimes(int partitions) {
    millis = new long[partitions][INITIAL_CAPACITY];
  }

  synchronized void sent(int partition, long offset, long timestampMillis) {
    if (offset >= millis[partition].length) {
      millis[partition] = Arrays.copyOf(millis[partition], (int) Math.max(offset + 1, 2L * millis[partition].length));
    }
    millis[partition][(int) offset] = timestampMillis;
  }

  synchronized long sentAt(int partition, long offset) {
    return millis[partition][(int) offset];
  }
}
