package io.ferret.investigator.probe;

import io.ferret.ml.Deadline;

/**
 * One hypothesis an investigation checks. Stateless: everything it needs comes with the context, and it reads
 * the store only through the context's {@link Queries}. A new probe is one new class, planned in
 * {@link StandardProbes}.
 */
public interface Probe {
  /** The name reported in the probe list: metric_change, drilldown, j48, … */
  String name();

  /**
   * Checks the hypothesis. Should return by the deadline; past it the probe is abandoned, its query cancelled
   * and its thread interrupted, and it is reported as timed out. Errors end it as failed.
   */
  ProbeOutcome run(ProbeContext context, Deadline deadline);
}
