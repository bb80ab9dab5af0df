package io.ferret.ml.probe;

import io.ferret.ml.Deadline;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs probe work on daemon threads and never waits past the deadline. Work that overruns is interrupted
 * (Weka's J48, JRip and EM check the interrupt flag) and abandoned; the caller gets {@code timeout} at the
 * deadline whether or not the work stops promptly. The pool grows as needed, so abandoned work cannot starve
 * the next probe.
 */
public final class ProbeRunner {
  private static final int MAX_DETAIL = 200;
  private static final ProbeRunner SHARED =
      new ProbeRunner(Executors.newCachedThreadPool(new DaemonThreads("ferret-probe")));

  private final ExecutorService executor;

  ProbeRunner(ExecutorService executor) {
    this.executor = Objects.requireNonNull(executor, "executor is null");
  }

  /** The runner every probe shares. */
  public static ProbeRunner shared() {
    return SHARED;
  }

  /**
   * Runs {@code work} and returns its result with the elapsed millis, {@code timeout} at the deadline, or
   * {@code failed} with the error on one line.
   */
  public ProbeResult run(String probe, Deadline deadline, Callable<ProbeResult> work) {
    Objects.requireNonNull(probe, "probe is null");
    Objects.requireNonNull(deadline, "deadline is null");
    Objects.requireNonNull(work, "work is null");
    long start = System.nanoTime();
    if (deadline.passed()) {
      return ProbeResult.timeout(probe, 0);
    }
    Future<ProbeResult> future = executor.submit(work);
    try {
      ProbeResult result = future.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
      return withMillis(result, millisSince(start));
    } catch (TimeoutException | CancellationException e) {
      future.cancel(true);
      return ProbeResult.timeout(probe, millisSince(start));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return ProbeResult.failed(probe, millisSince(start), "interrupted while waiting for the model");
    } catch (ExecutionException e) {
      // the work may notice the deadline at a checkpoint a moment before the wait here does: still a timeout
      if (e.getCause() instanceof InterruptedException || deadline.passed()) {
        return ProbeResult.timeout(probe, millisSince(start));
      }
      return ProbeResult.failed(probe, millisSince(start), oneLine(e.getCause()));
    }
  }

  /**
   * Ends abandoned work between stages: throws once the deadline has passed or the thread was interrupted
   * (the runner has then already answered for it).
   */
  static void checkpoint(Deadline deadline) throws InterruptedException {
    if (deadline.passed() || Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("abandoned at its deadline");
    }
  }

  private static ProbeResult withMillis(ProbeResult result, long millis) {
    if (result.status() != ProbeStatus.OK) {
      return result;
    }
    return new ProbeResult(result.probe(), result.status(), millis, result.segments(), result.detail(),
        result.recipe());
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  static String oneLine(Throwable error) {
    String message = error.getMessage() == null ? "" : ": " + error.getMessage();
    String line = (error.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…";
  }
}
