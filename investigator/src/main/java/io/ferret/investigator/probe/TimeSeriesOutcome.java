package io.ferret.investigator.probe;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the change is a one-off spike, a level shift, part of a trend, or within the usual range.
 *
 * @param conclusion one sentence with its numbers for the answer; null when the series shows no clear shape
 * @param detail one line for the probe list
 */
public record TimeSeriesOutcome(String conclusion, String detail) implements ProbeOutcome {
  public TimeSeriesOutcome {
    Objects.requireNonNull(detail, "detail is null");
  }

  /** The sentence for the answer, when there is one. */
  public Optional<String> sentence() {
    return Optional.ofNullable(conclusion);
  }
}
