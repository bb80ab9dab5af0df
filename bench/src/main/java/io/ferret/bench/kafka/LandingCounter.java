package io.ferret.bench.kafka;

import io.ferret.ErrorCode;
import io.ferret.FerretException;
import io.ferret.ingest.kafka.KafkaIngestor;
import io.ferret.ingest.kafka.LandedBatch;
import io.ferret.ingest.kafka.LandingListener;
import java.util.concurrent.CompletionException;

/** Counts the messages an ingestor has landed (as rows or rejects), and waits for a count. */
final class LandingCounter implements LandingListener {
  private static final long WAIT_SLICE_MILLIS = 100;

  private long landed;

  @Override
  public synchronized void landed(LandedBatch batch) {
    landed += batch.accepted() + batch.rejected();
    notifyAll();
  }

  /** Waits until at least {@code target} messages have landed; throws if the ingestor stops first. */
  synchronized void await(long target, KafkaIngestor ingestor) {
    try {
      while (landed < target) {
        if (ingestor.termination().isDone()) {
          ingestor.termination().join();
          throw new IllegalStateException("ingest stopped after landing " + landed + " of " + target + " messages");
        }
        wait(WAIT_SLICE_MILLIS);
      }
    } catch (CompletionException e) {
      throw new FerretException(ErrorCode.INTERNAL, "Kafka ingest failed: " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FerretException(ErrorCode.INTERNAL, "interrupted while waiting for Kafka ingest", e);
    }
  }
}
