package io.ferret.ml;

import java.time.Instant;
import java.util.Objects;

/** A half-open time range [from, to). */
public record TimeWindow(Instant from, Instant to) {
  public TimeWindow {
    Objects.requireNonNull(from, "from is null");
    Objects.requireNonNull(to, "to is null");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("window " + from + " .. " + to + " is empty");
    }
  }
}
