package io.ferret.ingest.pipeline;

import io.ferret.ingest.source.RawBatch;
import io.ferret.ingest.source.Rejected;
import io.ferret.ingest.source.Source;
import io.ferret.schema.BatchCollector;
import io.ferret.schema.CollectedBatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Reads a source on its own thread and parses what it read on a small pool, handing whole batches to the writer
 * in source order.
 *
 * <p>Parsing and flattening are the CPU-heavy half of ingest, and parts of the input parse independently of each
 * other, so they run on as many threads as there are cores, beside the store writes. The input is read in chunks
 * much smaller than a batch, so that the raw bytes of each are garbage within milliseconds instead of surviving,
 * and being copied by, several collections; the writer reassembles the parsed chunks of a batch in order, so
 * positions, schema changes and rejects come out as if the file had been read one line at a time. The queue
 * holds a couple of chunks per parser, parsed or being parsed: enough to keep the parsers busy while the writer
 * turns the previous batch into Arrow vectors, and few enough that little parsed data waits on the heap, where
 * data that lives long gets copied by every collection until it is promoted.
 */
final class BatchReader implements AutoCloseable {
  /** A batch read from the source: its flattened events, its rejects, and the bytes read so far. */
  record ReadBatch(CollectedBatch events, List<Rejected> rejects, long bytesRead) {}

  /** Records parsed as one task; big enough that handing it to a thread costs nothing by comparison. */
  private static final int CHUNK_RECORDS = 8192;
  private static final int QUEUED_CHUNKS_PER_PARSER = 2;

  /** A chunk being parsed, and whether it completes a batch. */
  private record Chunk(Future<ReadBatch> parsed, boolean endsBatch) {}

  private static final Chunk END = new Chunk(CompletableFuture.completedFuture(null), true);

  private final BlockingQueue<Chunk> pending;
  /** A collector per parser thread, which keeps what it learnt about the fields from chunk to chunk. */
  private final ThreadLocal<BatchCollector> collectors;
  private final ExecutorService parsers;
  private final Thread reader;
  private boolean ended;

  BatchReader(Source source, int batchSize, int parserThreads, Supplier<BatchCollector> collectors) {
    this.pending = new ArrayBlockingQueue<>(QUEUED_CHUNKS_PER_PARSER * parserThreads);
    this.collectors = ThreadLocal.withInitial(collectors);
    this.parsers = Executors.newFixedThreadPool(parserThreads, daemonThreads("ferret-parser-" + source.name()));
    this.reader = new Thread(() -> readAll(source, batchSize), "ferret-reader-" + source.name());
    this.reader.setDaemon(true);
    this.reader.start();
  }

  /** The next batch in source order, or null at the end of the source. */
  ReadBatch next() throws IOException, InterruptedException {
    List<ReadBatch> parts = new ArrayList<>();
    while (!ended) {
      Chunk chunk = pending.take();
      ended = chunk == END;
      if (!ended) {
        parts.add(parsed(chunk));
      }
      if (chunk.endsBatch()) {
        break;
      }
    }
    return parts.isEmpty() ? null : assemble(parts);
  }

  private void readAll(Source source, int batchSize) {
    try {
      int left = batchSize;
      for (RawBatch raw = source.nextBatch(Math.min(CHUNK_RECORDS, left)); raw != null;
          raw = source.nextBatch(Math.min(CHUNK_RECORDS, left))) {
        left -= raw.records();
        boolean endsBatch = left == 0;
        if (endsBatch) {
          left = batchSize;
        }
        RawBatch chunk = raw;
        pending.put(new Chunk(parsers.submit(() -> parse(chunk, collectors.get())), endsBatch));
      }
      pending.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the writer gave up; nobody is waiting for the rest
    } catch (IOException | RuntimeException | Error e) {
      // Whatever stops the reader must reach the writer, which would otherwise wait for the next batch forever.
      handOver(e);
    }
  }

  private static ReadBatch parse(RawBatch raw, BatchCollector events) throws IOException {
    List<Rejected> rejects = raw.parseInto(events);
    return new ReadBatch(events.finish(), rejects, raw.bytesRead());
  }

  private static ReadBatch assemble(List<ReadBatch> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<CollectedBatch> events = new ArrayList<>(parts.size());
    List<Rejected> rejects = new ArrayList<>();
    for (ReadBatch part : parts) {
      events.add(part.events());
      rejects.addAll(part.rejects());
    }
    return new ReadBatch(CollectedBatch.concat(events), rejects, parts.get(parts.size() - 1).bytesRead());
  }

  // Chunks read before a failure are still handed over first: they are good, and they are in order.
  private void handOver(Throwable failure) {
    try {
      pending.put(new Chunk(CompletableFuture.failedFuture(failure), true));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ReadBatch parsed(Chunk chunk) throws IOException, InterruptedException {
    try {
      return chunk.parsed().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException cause) {
        throw cause;
      }
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException("parsing a chunk failed", e.getCause());
    }
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Stops reading and parsing if the writer ends early, and waits for the reader so the source can be closed
   * safely; parsers only touch chunks already read, never the source.
   */
  @Override
  public void close() throws InterruptedException {
    reader.interrupt();
    parsers.shutdownNow();
    reader.join();
  }
}
