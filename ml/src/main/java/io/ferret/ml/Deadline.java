package io.ferret.ml;

import java.time.Duration;

/** A point in time after which work is abandoned; measured on the monotonic clock. */
public record Deadline(long nanoTime) {
  /** The deadline {@code budget} from now. */
  public static Deadline in(Duration budget) {
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, nanoTime - System.nanoTime()));
  }

  public boolean passed() {
    return System.nanoTime() - nanoTime >= 0;
  }
}
