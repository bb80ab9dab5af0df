package io.ferret.investigator.finding;

import io.ferret.investigator.Finding;
import java.util.Objects;

/** A finding as reported, with the evidence behind it (the headline needs its numbers). */
public record RankedFinding(Finding finding, Evidence evidence) {
  public RankedFinding {
    Objects.requireNonNull(finding, "finding is null");
    Objects.requireNonNull(evidence, "evidence is null");
  }
}
