package io.ferret.ingest.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.pipeline.BatchWriter;
import io.ferret.ingest.source.SourceLimits;
import io.ferret.store.BulkLoad;
import io.ferret.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Lands Kafka messages in the store exactly once: each batch's rows, rejects, schema changes and consumer offsets
 * commit in one transaction, and reading resumes from the offsets in the store.
 *
 * <p>Two threads: the consumer reads and parses, the lander writes batches, so that neither waits for the other
 * until the store falls behind, when partitions pause. {@link #close} lands everything read before it returns.
 */
public final class KafkaIngestor implements AutoCloseable {
  /** The source recorded with rejects and schema changes; their positions read topic/partition/offset. */
  public static final String SOURCE = "kafka";

  private final Store store;
  private final BatchWriter writer;
  private final KafkaSettings settings;
  private final LandingListener listener;
  private final Clock clock;
  private final TopicRouter router;
  private final IngestStatistics statistics;
  private final CompletableFuture<Void> termination = new CompletableFuture<>();
  private Connection offsetReads;
  private BatchLander lander;
  private ConsumerLoop loop;
  private Thread thread;
  private BulkLoad streaming;

  public KafkaIngestor(Store store, BatchWriter writer, KafkaSettings settings, LandingListener listener,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store is null");
    this.writer = Objects.requireNonNull(writer, "writer is null");
    this.settings = Objects.requireNonNull(settings, "settings is null");
    this.listener = Objects.requireNonNull(listener, "listener is null");
    this.clock = Objects.requireNonNull(clock, "clock is null");
    this.router = new TopicRouter(settings.topics());
    this.statistics = new IngestStatistics(router);
  }

  /** Joins the consumer group and starts landing; returns at once. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("the ingestor was started already");
    }
    try {
      // Its own connection: the lander's transactions run on the store's, and reads must not land inside them.
      // A duplicate takes over the original's auto-commit setting, which is off while a batch commits; a read
      // in a transaction of its own would see the offsets as they were when that transaction began.
      offsetReads = store.connection().duplicate();
      offsetReads.setAutoCommit(true);
      OffsetTable.create(offsetReads);
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "preparing " + OffsetTable.NAME + " failed: " + e.getMessage(), e);
    }
    synchronized (store) {
      streaming = store.beginStreamingLoad();
    }
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings.consumerProperties());
    String name = "ferret-kafka-" + settings.groupId();
    lander = new BatchLander(writer, store, settings.maxPendingBatches(), this::landed, clock, name + "-lander");
    PartitionPositions positions = new PartitionPositions();
    MessageParser parser = new MessageParser(settings.maxMessageBytes(), SourceLimits.defaults());
    loop = new ConsumerLoop(consumer, router, positions,
        new OpenBatches(settings.flush(), parser, writer::collector, positions), lander, offsetReads, statistics);
    thread = new Thread(this::consume, name + "-consumer");
    thread.setDaemon(true);
    thread.start();
  }

  private void consume() {
    try {
      loop.run();
      termination.complete(null);
    } catch (RuntimeException | Error e) {
      termination.completeExceptionally(e);
    }
  }

  private void landed(LandedBatch batch) {
    statistics.landed(batch);
    listener.landed(batch);
  }

  /** What the ingestor has done so far, and its state. */
  public KafkaIngestStatus status() {
    return statistics.snapshot();
  }

  /** Completes when consuming ends: normally after {@link #close}, exceptionally when ingest failed. */
  public CompletableFuture<Void> termination() {
    return termination;
  }

  /**
   * Stops consuming, lands every message read so far with its offsets, and leaves the group. A failure of the
   * ingest itself is reported by {@link #termination()} and {@link #status()}, not thrown here.
   */
  @Override
  public synchronized void close() {
    if (thread == null) {
      return;
    }
    loop.stop();
    try {
      thread.join();
      lander.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while stopping Kafka ingest", e);
    } finally {
      closeOffsetReads();
      // the lander has stopped, but another ingestor of the store may still be landing on its connection
      synchronized (store) {
        streaming.close();
      }
    }
  }

  private void closeOffsetReads() {
    try {
      offsetReads.close();
    } catch (SQLException e) {
      throw new FerretException(ErrorCode.STORE, "closing a store connection failed: " + e.getMessage(), e);
    }
  }
}
