package io.ferret.cli.digest;

import io.ferret.investigator.InvestigatorSettings;
import io.ferret.investigator.digest.Digest;
import io.ferret.investigator.digest.DigestRunner;
import io.ferret.investigator.digest.DigestSink;
import io.ferret.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the configured digests on their schedules inside {@code ferret serve}. Each run covers the latest calendar
 * day that had ended at its scheduled time, and is posted once: the ledger in the store says which days were
 * posted, so a restart neither repeats nor skips one. After downtime, one catch-up run posts the latest missed
 * day and says it is late; older missed days are not posted one by one.
 */
public final class DigestScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);
  /** A run this long after its scheduled time says it is late. */
  static final Duration LATE_AFTER = Duration.ofMinutes(15);
  private static final Duration IDLE_WAIT = Duration.ofHours(1);

  private final DigestRunner runner;
  private final List<DigestConfig> digests;
  private final DigestSink sink;
  private final DigestLedger ledger;
  private final Clock clock;
  private final Object wakeUp = new Object();
  private Thread thread;
  private volatile boolean running;

  public DigestScheduler(Store store, InvestigatorSettings settings, List<DigestConfig> digests, DigestSink sink,
      Clock clock) {
    this.runner = new DigestRunner(store, settings);
    this.digests = List.copyOf(digests);
    this.sink = sink;
    this.ledger = new DigestLedger(store);
    this.clock = clock;
  }

  /** Starts the scheduling thread, which first catches up on any run missed while Ferret was down. */
  public synchronized void start() {
    running = true;
    thread = new Thread(this::loop, "ferret-digests");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      Instant now = clock.instant();
      runDue(now);
      Instant next = digests.stream().map(digest -> digest.schedule().next(now)).flatMap(Optional::stream)
          .min(Instant::compareTo).orElse(now.plus(IDLE_WAIT));
      long millis = Math.max(1, Duration.between(clock.instant(), next).toMillis());
      synchronized (wakeUp) {
        try {
          if (running) {
            wakeUp.wait(millis);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Posts every digest whose latest scheduled time, at or before {@code now}, covers a day not posted yet. One
   * digest's failure is logged and retried at its next run; it does not stop the others.
   */
  public void runDue(Instant now) {
    for (DigestConfig digest : digests) {
      Optional<Instant> scheduled = digest.schedule().latest(now);
      if (scheduled.isEmpty()) {
        continue;
      }
      LocalDate day = DigestRunner.latestCompleteDay(scheduled.get(), digest.settings().zone());
      if (ledger.posted(digest.name(), day)) {
        continue;
      }
      boolean late = Duration.between(scheduled.get(), now).compareTo(LATE_AFTER) > 0;
      try {
        Digest result = runner.run(digest.settings(), day, late);
        if (!result.allClear() || digest.allClear()) {
          sink.post(result, digest.channels());
        }
        ledger.record(digest.name(), day, clock.instant(), late, result.anomalies().size());
        LOG.info("digest {} for {} posted{}: {} anomalies", digest.name(), day, late ? " late" : "",
            result.anomalies().size());
      } catch (RuntimeException e) {
        LOG.warn("digest {} for {} failed; it will be retried at its next scheduled time", digest.name(), day, e);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    Thread running;
    synchronized (this) {
      running = thread;
    }
    this.running = false;
    synchronized (wakeUp) {
      wakeUp.notifyAll();
    }
    if (running != null) {
      running.join();
    }
  }
}
