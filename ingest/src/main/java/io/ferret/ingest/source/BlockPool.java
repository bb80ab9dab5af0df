package io.ferret.ingest.source;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Recycles the blocks that lines are copied into between reading and parsing. A block lives for a good part
 * of a second, long enough that fresh ones would be copied around and promoted by the collector; recycled ones
 * settle in the old generation once and cost nothing after that.
 */
final class BlockPool {
  private final int blockBytes;
  private final BlockingQueue<byte[]> free;

  BlockPool(int blockBytes, int maxPooled) {
    this.blockBytes = blockBytes;
    this.free = new ArrayBlockingQueue<>(maxPooled);
  }

  /** A block of {@code blockBytes}, recycled when one is free. */
  byte[] take() {
    byte[] block = free.poll();
    return block != null ? block : new byte[blockBytes];
  }

  /** Takes back a block nobody reads any more; blocks of another size, or beyond the pool's size, are dropped. */
  void giveBack(byte[] block) {
    if (block.length == blockBytes) {
      free.offer(block);
    }
  }
}
