package io.ferret.ingest.pipeline;

import io.ferret.store.TransactionHook;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Commits prepared batches on a thread of its own, one at a time and in order, so that the next batch is
 * planned and laid out while the last one commits: the store's transaction is the longest step of a batch.
 */
final class CommitPipeline implements AutoCloseable {
  private final BatchWriter writer;
  private final ExecutorService committer;
  private Future<BatchOutcome> inFlight;

  CommitPipeline(BatchWriter writer, String sourceName) {
    this.writer = writer;
    this.committer = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "ferret-committer-" + sourceName);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Commits {@code batch} once the batch before it has committed, and returns that one's outcome (null for the
   * first). The pipeline owns {@code batch} from here on, and closes it once committed.
   */
  BatchOutcome submit(PreparedBatch batch) throws InterruptedException {
    BatchOutcome previous;
    try {
      previous = awaitInFlight();
    } catch (InterruptedException | RuntimeException | Error e) {
      batch.close();
      throw e;
    }
    inFlight = committer.submit(() -> {
      try (batch) {
        return writer.commit(batch, TransactionHook.NONE);
      }
    });
    return previous;
  }

  /** Waits for the batch being committed and returns its outcome, or null when none is. */
  BatchOutcome awaitInFlight() throws InterruptedException {
    if (inFlight == null) {
      return null;
    }
    Future<BatchOutcome> committing = inFlight;
    inFlight = null;
    try {
      return committing.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException("committing a batch failed", e.getCause());
    }
  }

  /**
   * Lets a commit still in flight finish, so the store is not closed under it, then stops the thread. A commit is
   * only left in flight when the ingest is already failing; if it failed too, its failure is suppressed into that.
   */
  @Override
  public void close() throws InterruptedException {
    try {
      awaitInFlight();
    } finally {
      committer.shutdown();
    }
  }
}
