package io.ferret.ml.probe;

import io.ferret.ml.Deadline;
import io.ferret.ml.ProbeResult;
import io.ferret.ml.TrainingSet;

/**
 * One way of finding segments in a training set. Implementations are stateless apart from their settings, so
 * one instance may serve many calls at once; a new probe is one new class.
 */
public interface ModelProbe {
  /** The short name results carry: {@code j48}, {@code jrip}, {@code em}. */
  String name();

  /**
   * Fits the model and returns the segments that held up on the holdout rows. Returns by the deadline: a probe
   * that overruns is abandoned and reports {@link io.ferret.ml.ProbeStatus#TIMEOUT}; an error becomes
   * {@link io.ferret.ml.ProbeStatus#FAILED} with a one-line reason. Never throws for bad data.
   */
  ProbeResult run(TrainingSet data, Deadline deadline);
}
