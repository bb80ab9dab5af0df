package io.ferret.investigator.probe;

import io.ferret.ml.Deadline;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/** A probe whose work is given by the test. */
record TestProbe(String name, Work work) implements Probe {
  /** The probe's body. */
  @FunctionalInterface
  interface Work {
    ProbeOutcome run(ProbeContext context) throws InterruptedException;
  }

  TestProbe {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(work, "work is null");
  }

  /** A probe that reports at once. */
  static TestProbe quick(String name) {
    return new TestProbe(name, context -> new QualityOutcome(List.of(), "done"));
  }

  @Override
  public ProbeOutcome run(ProbeContext context, Deadline deadline) {
    try {
      return work.run(context);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }
}
