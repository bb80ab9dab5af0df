package io.ferret.ingest.kafka;

import io.ferret.FerretException;
import io.ferret.ingest.pipeline.BatchOutcome;
import io.ferret.ingest.pipeline.BatchWriter;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Lands sealed batches on a thread of its own, in the order they were sealed, so that the consumer keeps reading
 * and parsing while the store writes. At most {@code capacity} batches wait: when the store falls behind,
 * {@link #offer} refuses one and the consumer pauses its partitions instead of holding more in memory.
 */
final class BatchLander implements AutoCloseable {
  private static final SealedBatch STOP = new SealedBatch("", null, List.of(), Collections.emptyMap(), 0);
  private static final long WAIT_SLICE_MILLIS = 100;

  private final BatchWriter writer;
  private final Object storeLock;
  private final LandingListener listener;
  private final Clock clock;
  private final BlockingQueue<SealedBatch> queue;
  private final Thread thread;
  private final Object lock = new Object();
  private long submitted;
  private long landed;
  private RuntimeException failure;

  /**
   * @param storeLock the store, whose methods synchronise on it: holding it from planning to commit keeps two
   *     landers of one store (two consumers in one process) from planning against the same schema version
   */
  BatchLander(BatchWriter writer, Object storeLock, int capacity, LandingListener listener, Clock clock,
      String name) {
    this.writer = writer;
    this.storeLock = storeLock;
    this.listener = listener;
    this.clock = clock;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Queues a batch unless the queue is full; throws if landing has failed. */
  boolean offer(SealedBatch batch) {
    throwIfFailed();
    synchronized (lock) {
      if (!queue.offer(batch)) {
        return false;
      }
      submitted++;
      return true;
    }
  }

  /** Queues a batch, waiting for room as long as landing goes on. */
  void put(SealedBatch batch) throws InterruptedException {
    while (!offer(batch)) {
      synchronized (lock) {
        lock.wait(WAIT_SLICE_MILLIS);
      }
    }
  }

  /** Waits until every queued batch has landed; throws if landing failed. */
  void awaitLanded() throws InterruptedException {
    synchronized (lock) {
      while (landed < submitted && failure == null) {
        lock.wait();
      }
    }
    throwIfFailed();
  }

  /** Why landing stopped, or null while it goes on. */
  RuntimeException failure() {
    synchronized (lock) {
      return failure;
    }
  }

  private void run() {
    try {
      for (SealedBatch batch = queue.take(); batch != STOP; batch = queue.take()) {
        land(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(new IllegalStateException("the store writer was interrupted", e));
    } catch (RuntimeException e) {
      fail(e);
    } catch (Error e) {
      fail(new IllegalStateException("the store writer failed: " + e, e));
      throw e;
    }
  }

  private void land(SealedBatch batch) {
    BatchOutcome outcome;
    synchronized (storeLock) {
      outcome = writer.write(batch.table(), KafkaIngestor.SOURCE, batch.events(), batch.rejects(),
          OffsetTable.advance(batch.table(), batch.slices(), clock.instant()));
    }
    LandedBatch landedBatch = new LandedBatch(batch.table(), batch.slices(), outcome.changes(), clock.instant());
    synchronized (lock) {
      landed++;
      lock.notifyAll();
    }
    listener.landed(landedBatch);
  }

  private void fail(RuntimeException cause) {
    synchronized (lock) {
      failure = cause;
      lock.notifyAll();
    }
  }

  private void throwIfFailed() {
    RuntimeException cause = failure();
    if (cause instanceof FerretException ferret) {
      throw new FerretException(ferret.code(), ferret.getMessage(), ferret);
    }
    if (cause != null) {
      throw new IllegalStateException("landing a batch failed: " + cause.getMessage(), cause);
    }
  }

  /** Lands what is queued, then stops the thread; after a failure it just stops. */
  @Override
  public void close() throws InterruptedException {
    while (thread.isAlive() && !queue.offer(STOP, WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
      // the writer is still working through a full queue
    }
    thread.join();
  }
}
