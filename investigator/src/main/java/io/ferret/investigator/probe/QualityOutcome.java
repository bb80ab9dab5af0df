package io.ferret.investigator.probe;

import java.util.List;
import java.util.Objects;

/** Warnings about the data behind the answer: rejects, schema changes, missing values, small samples. */
public record QualityOutcome(List<String> caveats, String detail) implements ProbeOutcome {
  public QualityOutcome {
    caveats = List.copyOf(caveats);
    Objects.requireNonNull(detail, "detail is null");
  }
}
