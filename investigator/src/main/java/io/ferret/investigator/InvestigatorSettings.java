package io.ferret.investigator;

import io.ferret.investigator.probe.ProbeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How investigations run.
 *
 * @param probeDeadline how long one probe may run before it is abandoned
 * @param totalDeadline how long an investigation may take; the caller never waits longer (plus a moment to
 *     assemble the answer)
 * @param parallelism probes run at once; 1 runs them one after the other (for measuring the speed-up)
 * @param probes when a segment is a driver, how wide the drill-down looks, and the models' settings
 * @param zone the zone days and weeks are read in
 * @param config the semantic layer's file (ferret.yml); null to use the schema alone
 */
public record InvestigatorSettings(
    Duration probeDeadline, Duration totalDeadline, int parallelism, ProbeSettings probes, ZoneId zone,
    Path config) {
  public InvestigatorSettings {
    requirePositive(probeDeadline, "probeDeadline");
    requirePositive(totalDeadline, "totalDeadline");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    }
    Objects.requireNonNull(probes, "probes is null");
    Objects.requireNonNull(zone, "zone is null");
  }

  /** 10 s per probe, 20 s in all, up to 8 probes at once, UTC, no semantic layer file. */
  public static InvestigatorSettings defaults() {
    return new InvestigatorSettings(Duration.ofSeconds(10), Duration.ofSeconds(20), 8, ProbeSettings.defaults(),
        ZoneOffset.UTC, null);
  }

  public InvestigatorSettings withParallelism(int probesAtOnce) {
    return new InvestigatorSettings(probeDeadline, totalDeadline, probesAtOnce, probes, zone, config);
  }

  /** The same settings with probes run one after the other. */
  public InvestigatorSettings sequential() {
    return withParallelism(1);
  }

  public InvestigatorSettings withDeadlines(Duration perProbe, Duration total) {
    return new InvestigatorSettings(perProbe, total, parallelism, probes, zone, config);
  }

  /** The same settings with the semantic layer read from {@code ferretYml}. */
  public InvestigatorSettings withConfig(Path ferretYml) {
    return new InvestigatorSettings(probeDeadline, totalDeadline, parallelism, probes, zone, ferretYml);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name + " is null");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + duration);
    }
  }
}
