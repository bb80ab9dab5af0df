package io.ferret.investigator.probe;

import io.ferret.ml.ProbeStatus;
import java.util.Objects;

/** A planned probe that does not apply to this question or this data, and why. */
public record SkippedOutcome(String detail) implements ProbeOutcome {
  public SkippedOutcome {
    Objects.requireNonNull(detail, "detail is null");
  }

  @Override
  public ProbeStatus status() {
    return ProbeStatus.SKIPPED;
  }
}
