package io.ferret.investigator.probe;

import io.ferret.investigator.ProbeRun;
import java.util.Objects;

/**
 * How a probe ended, and what it found.
 *
 * @param run the probe's line in the investigation's probe list
 * @param outcome what it found; null when it failed or timed out
 */
public record ProbeReport(ProbeRun run, ProbeOutcome outcome) {
  public ProbeReport {
    Objects.requireNonNull(run, "run is null");
  }
}
