package io.ferret.ml.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.Deadline;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ProbeRunnerTest {
  private static final long SLACK_MILLIS = 500;

  @Test
  void abandonsWorkAtItsDeadlineAndInterruptsIt() throws InterruptedException {
    CountDownLatch never = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    AtomicBoolean daemon = new AtomicBoolean();
    long start = System.nanoTime();

    ProbeResult result = ProbeRunner.shared().run("stuck", Deadline.in(Duration.ofMillis(200)), () -> {
      daemon.set(Thread.currentThread().isDaemon());
      try {
        never.await();
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      throw new IllegalStateException("the latch is never released");
    });

    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(ProbeStatus.TIMEOUT, result.status());
    assertEquals("stuck", result.probe());
    assertTrue(elapsed >= 190 && elapsed < 200 + SLACK_MILLIS, "returned after " + elapsed + " ms");
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the work was interrupted");
    assertTrue(daemon.get(), "probe work runs on daemon threads");
  }

  @Test
  void doesNotStartWorkWhoseDeadlineHasPassed() {
    AtomicBoolean ran = new AtomicBoolean();

    ProbeResult result = ProbeRunner.shared().run("late", new Deadline(System.nanoTime() - 1), () -> {
      ran.set(true);
      return null;
    });

    assertEquals(ProbeStatus.TIMEOUT, result.status());
    assertFalse(ran.get());
  }

  @Test
  void workThatStopsItselfAtTheDeadlineIsATimeoutNotAFailure() {
    // the work's own checkpoint fires first, before the runner's wait has timed out
    ProbeResult result = ProbeRunner.shared().run("em", Deadline.in(Duration.ofSeconds(5)), () -> {
      throw new InterruptedException("abandoned at its deadline");
    });

    assertEquals(ProbeStatus.TIMEOUT, result.status(), result.detail());
  }

  @Test
  void reportsAnErrorOnOneLine() {
    ProbeResult result = ProbeRunner.shared().run("broken", Deadline.in(Duration.ofSeconds(5)), () -> {
      throw new IllegalStateException("attribute 3\n  is not nominal");
    });

    assertEquals(ProbeStatus.FAILED, result.status());
    assertEquals("IllegalStateException: attribute 3 is not nominal", result.detail());
    assertEquals(List.of(), result.segments());
  }

  @Test
  void stampsTheElapsedTimeOnResults() {
    ProbeResult result = ProbeRunner.shared().run("quick", Deadline.in(Duration.ofSeconds(5)),
        () -> new ProbeResult("quick", ProbeStatus.OK, -1, List.of(), "nothing to do", null));

    assertEquals(ProbeStatus.OK, result.status());
    assertTrue(result.millis() >= 0);
    assertEquals("nothing to do", result.detail());
  }
}
