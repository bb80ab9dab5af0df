package io.ferret.bench.accuracy;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the accuracy benchmark runs.
 *
 * @param scenarios how many scenarios to generate, spread over the six domains in turn
 * @param seed the seed every scenario's own seed is drawn from
 * @param workParent where the temporary folder goes; empty for the system's temporary folder
 */
public record AccuracyOptions(int scenarios, long seed, Optional<Path> workParent) {
  public static final int DEFAULT_SCENARIOS = 48;
  public static final long DEFAULT_SEED = 20261123L;

  public AccuracyOptions {
    if (scenarios < 1) {
      throw new IllegalArgumentException("scenarios must be at least 1, got " + scenarios);
    }
  }
}
