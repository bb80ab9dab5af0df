package io.ferret.ingest.pipeline;

import io.ferret.ingest.source.Event;
import io.ferret.ingest.source.Rejected;
import io.ferret.ingest.source.Source;
import io.ferret.ingest.source.SourceRecord;
import io.ferret.schema.BatchCollector;
import io.ferret.schema.CollectedBatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Reads and flattens a source on its own thread, handing full batches over a queue of one.
 *
 * <p>Parsing and flattening are the CPU-heavy half of ingest; running them beside the store writes uses both
 * cores, and the queue of one bounds memory to three batches: one filling, one waiting, one being written.
 */
final class BatchReader implements AutoCloseable {
  /** A batch read from the source: its flattened events, its rejects, and the bytes read so far. */
  record ReadBatch(CollectedBatch events, List<Rejected> rejects, long bytesRead) {}

  private static final ReadBatch END = new ReadBatch(null, List.of(), -1);

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
  private final Thread thread;

  BatchReader(Source source, int batchSize, Supplier<BatchCollector> collectors) {
    this.thread = new Thread(() -> readAll(source, batchSize, collectors), "ferret-reader-" + source.name());
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** The next batch, or null at the end of the source. */
  ReadBatch next() throws IOException, InterruptedException {
    Object item = queue.take();
    if (item instanceof IOException e) {
      throw e;
    }
    if (item instanceof RuntimeException e) {
      throw e;
    }
    ReadBatch batch = (ReadBatch) item;
    return batch == END ? null : batch;
  }

  private void readAll(Source source, int batchSize, Supplier<BatchCollector> collectors) {
    try {
      BatchCollector events = collectors.get();
      List<Rejected> rejects = new ArrayList<>();
      for (SourceRecord record = source.next(); record != null; record = source.next()) {
        if (record instanceof Event event) {
          events.add(event.fields(), event.position());
        } else {
          rejects.add((Rejected) record);
        }
        if (events.size() + rejects.size() >= batchSize) {
          queue.put(new ReadBatch(events.finish(), rejects, source.bytesRead()));
          events = collectors.get();
          rejects = new ArrayList<>();
        }
      }
      if (events.size() + rejects.size() > 0) {
        queue.put(new ReadBatch(events.finish(), rejects, source.bytesRead()));
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the writer gave up; nobody is waiting for the rest
    } catch (IOException | RuntimeException e) {
      handOver(e);
    }
  }

  private void handOver(Exception failure) {
    try {
      queue.clear();
      queue.put(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the reader if the writer ends early, and waits for it so the source can be closed safely. */
  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join();
  }
}
