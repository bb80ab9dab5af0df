package io.ferret.investigator.probe;

import io.ferret.investigator.ProbeProgress;
import io.ferret.investigator.ProbeRun;
import io.ferret.ml.Deadline;
import io.ferret.ml.ProbeStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an investigation's probes, at most {@code parallelism} at once (1 runs them one after the other), each
 * with its own deadline, and returns every probe's report by the total deadline.
 *
 * <p>Probes start in plan order. Each probe's deadline is its budget from its start, cut to the total deadline;
 * when it passes, the probe is reported as timed out at once, its running query is cancelled and its thread
 * interrupted, and its slot goes to the next probe whether or not the abandoned work has stopped yet.
 */
public final class ProbeExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(ProbeExecutor.class);
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(daemon("ferret-investigation"));
  private static final ScheduledExecutorService ALARMS =
      Executors.newSingleThreadScheduledExecutor(daemon("ferret-investigation-alarm"));
  /** Allowance for the alarm thread's lateness before the caller reports a probe as timed out itself. */
  private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  private static final int MAX_DETAIL = 200;

  private final int parallelism;
  private final Duration probeBudget;

  public ProbeExecutor(int parallelism, Duration probeBudget) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    }
    this.parallelism = parallelism;
    this.probeBudget = Objects.requireNonNull(probeBudget, "probeBudget is null");
  }

  /** Runs the probes and returns their reports in plan order, never later than the total deadline. */
  public List<ProbeReport> run(List<Probe> probes, ProbeSession session, Deadline total) {
    return run(probes, session, total, ProbeProgress.NONE);
  }

  /** Like {@link #run(List, ProbeSession, Deadline)}, telling {@code progress} as each probe's report is in. */
  public List<ProbeReport> run(List<Probe> probes, ProbeSession session, Deadline total, ProbeProgress progress) {
    Semaphore slots = new Semaphore(parallelism, true);
    List<CompletableFuture<ProbeReport>> reports = new ArrayList<>();
    AtomicInteger finished = new AtomicInteger();
    for (Probe probe : probes) {
      CompletableFuture<ProbeReport> report = new CompletableFuture<>();
      reports.add(report);
      report.whenComplete((done, error) -> progress.probeFinished(finished.incrementAndGet(), probes.size()));
      if (!acquire(slots, total)) {
        report.complete(report(probe, ProbeStatus.TIMEOUT, 0, "not started before the total deadline"));
        continue;
      }
      report.whenComplete((done, error) -> slots.release());
      WORKERS.execute(() -> runOne(probe, session, total, report));
    }
    List<ProbeReport> done = new ArrayList<>();
    for (int i = 0; i < probes.size(); i++) {
      done.add(await(probes.get(i), reports.get(i), total));
    }
    return done;
  }

  private void runOne(Probe probe, ProbeSession session, Deadline total, CompletableFuture<ProbeReport> report) {
    long start = System.nanoTime();
    Deadline deadline = earlier(Deadline.in(probeBudget), total);
    if (deadline.passed()) {
      report.complete(report(probe, ProbeStatus.TIMEOUT, 0, "not started before the total deadline"));
      return;
    }
    ProbeContext context;
    try {
      context = session.open();
    } catch (RuntimeException e) {
      report.complete(failed(probe, start, e));
      return;
    }
    FutureTask<ProbeOutcome> work = new FutureTask<>(() -> probe.run(context, deadline));
    ScheduledFuture<?> alarm = ALARMS.schedule(() -> abandon(probe, start, context, work, report),
        deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
    try {
      work.run();
      ProbeOutcome outcome = work.get();
      report.complete(new ProbeReport(run(probe, outcome.status(), millisSince(start), outcome.detail()), outcome));
    } catch (ExecutionException e) {
      // a model probe that gave up waiting for the shared training rows at its deadline timed out: it did not fail
      report.complete(e.getCause() instanceof CancellationException gaveUp
          ? report(probe, ProbeStatus.TIMEOUT, millisSince(start), gaveUp.getMessage())
          : failed(probe, start, e.getCause()));
    } catch (CancellationException e) {
      LOG.debug("probe {} was abandoned at its deadline", probe.name());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      report.complete(report(probe, ProbeStatus.FAILED, millisSince(start), "interrupted"));
    } finally {
      alarm.cancel(false);
      close(probe, context);
    }
  }

  private static void close(Probe probe, ProbeContext context) {
    try {
      context.close();
    } catch (RuntimeException e) {
      LOG.warn("closing the connection of probe {} failed", probe.name(), e);
    }
  }

  /** At the deadline: report the timeout, then stop the probe's query and interrupt its thread. */
  private void abandon(Probe probe, long start, ProbeContext context, FutureTask<ProbeOutcome> work,
      CompletableFuture<ProbeReport> report) {
    if (!report.complete(report(probe, ProbeStatus.TIMEOUT, millisSince(start),
        "abandoned at its deadline of " + probeBudget.toMillis() + " ms"))) {
      return;
    }
    try {
      context.queries().cancel();
    } catch (RuntimeException e) {
      LOG.warn("cancelling the query of probe {} failed", probe.name(), e);
    } finally {
      work.cancel(true);
    }
  }

  private static ProbeReport await(Probe probe, CompletableFuture<ProbeReport> report, Deadline total) {
    try {
      return report.get(total.remaining().toNanos() + GRACE_NANOS, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      report.complete(report(probe, ProbeStatus.TIMEOUT, 0, "still running at the total deadline"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      report.complete(report(probe, ProbeStatus.FAILED, 0, "interrupted while waiting for the probe"));
    } catch (ExecutionException e) {
      throw new IllegalStateException("probe reports never complete exceptionally", e);
    }
    return report.join();
  }

  /** A slot for the next probe, unless the total deadline passes first (a slot freed at the deadline is too late). */
  private static boolean acquire(Semaphore slots, Deadline total) {
    try {
      if (!slots.tryAcquire(total.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
        return false;
      }
      if (total.passed()) {
        slots.release();
        return false;
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static ProbeReport failed(Probe probe, long start, Throwable error) {
    LOG.warn("probe {} failed", probe.name(), error);
    String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    String line = message.replaceAll("\\s+", " ").strip();
    return report(probe, ProbeStatus.FAILED, millisSince(start),
        line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…");
  }

  private static ProbeReport report(Probe probe, ProbeStatus status, long millis, String detail) {
    return new ProbeReport(run(probe, status, millis, detail), null);
  }

  private static ProbeRun run(Probe probe, ProbeStatus status, long millis, String detail) {
    return new ProbeRun(probe.name(), status.jsonName(), millis, detail);
  }

  private static Deadline earlier(Deadline first, Deadline second) {
    return first.nanoTime() - second.nanoTime() <= 0 ? first : second;
  }

  private static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  private static ThreadFactory daemon(String name) {
    ThreadFactory threads = Executors.defaultThreadFactory();
    return task -> {
      Thread thread = threads.newThread(task);
      thread.setName(name + "-" + thread.getId());
      thread.setDaemon(true);
      return thread;
    };
  }
}
