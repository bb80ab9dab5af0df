package io.ferret.ml.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ferret.ml.Deadline;
import io.ferret.ml.MlSettings;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.ProbeStatus;
import io.ferret.ml.TrainingSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deadline contract on real models: callers get TIMEOUT at the deadline, not when the model is done. */
class ProbeDeadlineTest {
  private static final long SLACK_MILLIS = 500;
  private static TrainingSet big;

  @BeforeAll
  static void generate() {
    big = PlantedData.churnInEmeaPartner(100_000, 41);
  }

  @Test
  void tinyDeadlineTimesOutAtOnce() {
    for (ModelProbe probe : ModelProbes.all(MlSettings.defaults())) {
      assertTimesOutWithin(probe, Duration.ofMillis(1));
    }
  }

  @Test
  void deadlineDuringTrainingAbandonsTheModel() {
    for (ModelProbe probe : ModelProbes.all(MlSettings.defaults())) {
      assertTimesOutWithin(probe, Duration.ofMillis(100));
    }
  }

  @Test
  void abandonedEmStopsAndReleasesItsWorkerThreads() throws InterruptedException {
    assertTimesOutWithin(new EmProbe(MlSettings.defaults()), Duration.ofMillis(400));

    assertTrue(Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("ferret-"))
        .allMatch(Thread::isDaemon), "probe threads are daemons");
    Deadline wait = Deadline.in(Duration.ofSeconds(10));
    while (emStepWorkersAlive() && !wait.passed()) {
      Thread.sleep(10);
    }
    assertFalse(emStepWorkersAlive(), "EM's E/M-step workers outlived the abandoned build");
  }

  private static boolean emStepWorkersAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().startsWith("ferret-em-step-") && thread.isAlive());
  }

  private static void assertTimesOutWithin(ModelProbe probe, Duration budget) {
    long start = System.nanoTime();

    ProbeResult result = probe.run(big, Deadline.in(budget));

    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(ProbeStatus.TIMEOUT, result.status(), () -> probe.name() + ": " + result.detail());
    assertTrue(elapsed <= budget.toMillis() + SLACK_MILLIS, probe.name() + " returned after " + elapsed + " ms");
    assertEquals(probe.name(), result.probe());
  }
}
