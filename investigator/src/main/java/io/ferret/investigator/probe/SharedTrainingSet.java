package io.ferret.investigator.probe;

import io.ferret.ml.Deadline;
import io.ferret.ml.ProbeRequest;
import io.ferret.ml.TrainingSet;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The training rows every model of one investigation shares: loaded once, by whichever model asks first, while
 * the others wait for it (never past their own deadline). Models only read it.
 */
final class SharedTrainingSet {
  private final TrainingSetSource source;
  private final AtomicBoolean started = new AtomicBoolean();
  private final CompletableFuture<TrainingSet> loaded = new CompletableFuture<>();

  SharedTrainingSet(TrainingSetSource source) {
    this.source = Objects.requireNonNull(source, "source is null");
  }

  /** The training set, loading it for {@code request} if no model has yet. */
  TrainingSet get(Supplier<ProbeRequest> request, Deadline deadline) {
    if (started.compareAndSet(false, true)) {
      try {
        loaded.complete(source.load(request.get()));
      } catch (RuntimeException e) {
        loaded.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return loaded.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new CancellationException("abandoned at its deadline while the training rows loaded");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("abandoned while the training rows loaded");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause
          : new IllegalStateException("loading the training rows failed", e.getCause());
    }
  }
}
